/**
 * Where the column a user names is: `#3` for the third, else the name as written, else the name
 * ignoring case. -1 when there is none. `--map`, `--weight`, `--by`, `--where` and the config all
 * name columns this way.
 *
 * @example indexOfColumn(['ID', 'Region'], 'region') // 1
 */
export function indexOfColumn(names: readonly string[], name: string): number {
  const number = /^#(\d+)$/.exec(name);
  if (number !== null) {
    const index = Number(number[1]) - 1;
    return index >= 0 && index < names.length ? index : -1;
  }
  const exact = names.indexOf(name);
  return exact >= 0 ? exact : names.findIndex((n) => n.toLowerCase() === name.toLowerCase());
}
