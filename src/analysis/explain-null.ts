/** Records `reason` as why each of `fields` is null, in the order given. */
export function explainNull(nullReasons: Record<string, string>, reason: string, ...fields: string[]): void {
  for (const field of fields) nullReasons[field] = reason;
}
