/**
 * Whether to colour the output, decided once: `--no-color` and a non-empty NO_COLOR
 * (https://no-color.org) turn it off, a FORCE_COLOR other than 0 turns it on, else colour only
 * when stdout is a terminal.
 */
export function useColor(flag: boolean, env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  if (!flag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return env.FORCE_COLOR !== '0';
  return isTTY;
}
