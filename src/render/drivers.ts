/** How every format words the key drivers' reading, or why it is withheld. */
import type { DriversSummary } from '../analysis/report.js';

/**
 * Why the drivers' readings are withheld ("reading withheld, n 20 under --min-base 30: …"), or
 * null when they are given. A report of an earlier satisfy has no `lowBase`, and its readings.
 */
export function driverReadingWithheld(drivers: DriversSummary): string | null {
  if (drivers.lowBase !== true) return null;
  const reason = drivers.nullReasons?.reading;
  return reason === undefined ? 'reading withheld' : `reading withheld, ${reason}`;
}

/** The legend of the Reading column: what the reading is, or why there is none. */
export function driverReadingLegend(drivers: DriversSummary): string {
  const k = Object.keys(drivers.dimensions).length;
  return driverReadingWithheld(drivers) ?? `reading: importance (weight above 1/${k}) against performance (score above the mean of the dimension scores)`;
}
