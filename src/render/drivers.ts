/** How every format words the key drivers' reading, or why it is withheld. */
import type { DriversSummary } from '../analysis/report.js';

/**
 * Why the drivers' readings are withheld ("reading withheld, n 20 under --min-base 30: …", or
 * their R² no more than chance), or null when they are given. A report of an earlier satisfy has no `lowBase`, and its readings.
 */
export function driverReadingWithheld(drivers: DriversSummary): string | null {
  if (drivers.lowBase !== true && drivers.byChance !== true) return null;
  const reason = drivers.nullReasons?.reading;
  return reason === undefined ? 'reading withheld' : `reading withheld, ${reason}`;
}

/** The mark beside a driver's r that runs against the outcome (Driver.warning): ` !`, or nothing. */
export function driverAgainstMark(driver: { warning?: string }): string {
  return driver.warning === undefined ? '' : ' !';
}

/** What every format says under its drivers of each one marked `!` (driverAgainstMark). */
export function driverWarnings(drivers: DriversSummary, labels: Readonly<Record<string, string>>): string[] {
  return Object.entries(drivers.dimensions).flatMap(([id, d]) => (d.warning === undefined ? [] : [`! ${labels[id] ?? id}: ${d.warning}`]));
}

/** The legend of the Reading column: what the reading is, or why there is none. */
export function driverReadingLegend(drivers: DriversSummary): string {
  const k = Object.keys(drivers.dimensions).length;
  return driverReadingWithheld(drivers) ?? `reading: importance (weight above 1/${k}) against performance (score above the mean of the dimension scores)`;
}
