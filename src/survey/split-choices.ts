/**
 * How the options chosen are joined in a checkbox question written into one column: by ";" (Formbricks
 * joins them with "; ", LimeSurvey and hand-made sheets often do), or by "," (Google Forms joins them
 * with ", "). Decided from the whole column (see choiceSeparator), as one cell cannot tell whether its
 * comma joins two options or belongs to one ("Integrations (Slack, Teams)").
 */
export type ChoiceSeparator = ';' | ',';

/**
 * The parts of a cell of options chosen, untrimmed: cut at `;` where the column joins its options so
 * (a comma then belongs to an option, "Slack, Teams"); else, where the cell holds a `;`, at `;` alone;
 * else at each comma outside parentheses or brackets, which an option's own words hold
 * ("Integrations (Slack, Teams)"), never the joint between two.
 *
 * @example splitChoices('Reports, Integrations (Slack, Teams)') // ['Reports', ' Integrations (Slack, Teams)']
 */
export function splitChoices(cell: string, separator?: ChoiceSeparator): string[] {
  if (separator === ';' || cell.includes(';')) return cell.split(';');
  if (!cell.includes('(') && !cell.includes('[')) return cell.split(',');
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i];
    if (c === '(' || c === '[') depth += 1;
    else if ((c === ')' || c === ']') && depth > 0) depth -= 1;
    else if (c === ',' && depth === 0) {
      parts.push(cell.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(cell.slice(from));
  return parts;
}

/**
 * The separator of a column's options chosen, from how many of its cells that hold several join them
 * by `;` and how many by `,` alone: `;` where three or more are joined by `;` and more than twice
 * as many as by `,` (a single option holding a comma, "Slack, Teams", is then one option, not two),
 * else `,`: a column typed by hand that joins some cells one way and some the other ("Late
 * delivery; Damaged item", "late delivery, wrong item") keeps splitting at both.
 *
 * @example choiceSeparator(12, 3) // ';'
 * @example choiceSeparator(2, 1) // ','
 */
export function choiceSeparator(bySemicolon: number, byComma: number): ChoiceSeparator {
  return bySemicolon >= 3 && bySemicolon > 2 * byComma ? ';' : ',';
}
