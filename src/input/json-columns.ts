import { SatisfyError } from '../errors.js';

/**
 * An array whose values, over the whole file, are more than this many different ones is not a set
 * of choices (an address, contact details, a list typed in): its elements are columns by position.
 */
export const MAX_CHOICES = 50;

type Scalar = string | number | boolean | null;

// One key of the responses, in the order keys are first met: its own value, the keys under it, its choices.
interface KeyNode {
  scalar: boolean;
  children: Map<string, KeyNode> | null;
  // The values of arrays of scalars, in the order first met; null when it has no such array, or too many values (then by position).
  choices: Map<string, number> | null;
  positional: boolean;
  // The longest array met under the key.
  longest: number;
  // The key's columns, once the first pass is over: its own, and one per choice or position.
  column: number;
  choiceColumns: Map<string, number>;
}

function node(): KeyNode {
  return { scalar: false, children: null, choices: null, positional: false, longest: 0, column: -1, choiceColumns: new Map() };
}

/**
 * The columns of a file of JSON responses, found in a first pass over all of them (addResponse),
 * then each response as a row of text (row). Keys are columns in the order they are first met over
 * the file; a nested object's keys are columns `question.subquestion` (a matrix's rows), listed
 * after their parent's place; an array of values (a checkbox question's answer) is a column per
 * value met, named `question [value]`, holding the value where the response chose it and blank where
 * it did not, as a checkbox export does; an array of more than MAX_CHOICES different values, or of
 * objects, is a column per position, `question.1`, `question.2` …, each read as the keys above.
 * Values are written as a CSV export holds them: numbers in decimal (`4.5`), true and false, null
 * as blank.
 */
export class JsonColumns {
  private readonly root = node();
  private count = 0;
  private names: string[] | null = null;
  // Each column's first key: what a platform's hints go by.
  private roots: string[] = [];

  constructor(
    private readonly file: string,
    private readonly maxColumns: number,
  ) {}

  /** Adds the keys of one response (an object) in the first pass. */
  addResponse(response: Record<string, unknown>, line: number): void {
    this.addObject(this.root, response, line);
  }

  /** The names of the columns, in order (see the class), and each one's first key. */
  columns(): { names: string[]; roots: string[] } {
    if (this.names === null) {
      const names: string[] = [];
      const roots: string[] = [];
      this.assign(this.root, '', '', names, roots);
      this.names = names;
      this.roots = roots;
    }
    return { names: this.names, roots: this.roots };
  }

  /** One response as a row of text, a field per column. */
  row(response: Record<string, unknown>): string[] {
    const fields = new Array<string>(this.columns().names.length).fill('');
    this.fillObject(this.root, response, fields);
    return fields;
  }

  private addObject(into: KeyNode, object: Record<string, unknown>, line: number): void {
    into.children ??= new Map();
    for (const key of Object.keys(object)) {
      let child = into.children.get(key);
      if (child === undefined) {
        into.children.set(key, (child = node()));
        this.grow(line);
      }
      this.addValue(child, object[key], line);
    }
  }

  private addValue(into: KeyNode, value: unknown, line: number): void {
    if (Array.isArray(value)) return this.addArray(into, value, line);
    if (value !== null && typeof value === 'object') return this.addObject(into, value as Record<string, unknown>, line);
    if (!into.scalar) {
      into.scalar = true;
      this.grow(line);
    }
  }

  private addArray(into: KeyNode, values: readonly unknown[], line: number): void {
    into.longest = Math.max(into.longest, values.length);
    if (!into.positional && values.every(isScalar)) {
      into.choices ??= new Map();
      for (const value of values) {
        const text = scalarText(value as Scalar);
        if (text === '' || into.choices.has(text)) continue;
        into.choices.set(text, into.choices.size);
        this.grow(line);
      }
      if (into.choices.size <= MAX_CHOICES) return;
    }
    if (!into.positional) {
      // Not choices after all: by position from now on, the choices' columns given back.
      this.count -= into.choices?.size ?? 0;
      into.choices = null;
      into.positional = true;
    }
    into.children ??= new Map();
    for (let position = 1; position <= into.longest; position++) {
      const key = String(position);
      if (!into.children.has(key)) into.children.set(key, node());
      const value = values[position - 1];
      if (position <= values.length) this.addValue(into.children.get(key) as KeyNode, value, line);
    }
  }

  /** One column more; stops the reading past maxColumns, before the columns take all memory. */
  private grow(line: number): void {
    this.count += 1;
    if (this.count > this.maxColumns) throw new SatisfyError('TOO_MANY_COLUMNS', `the responses have more than ${this.maxColumns} different keys; satisfy reads at most ${this.maxColumns} columns`, { file: this.file, line }, 'a survey has at most a few thousand questions: is this a file of survey responses?');
  }

  private assign(at: KeyNode, name: string, first: string, names: string[], roots: string[]): void {
    if (at.scalar) {
      at.column = names.length;
      names.push(name);
      roots.push(first);
    }
    if (at.positional) {
      // An array read by position keeps its scalars' columns (`question.1` …) and its objects' keys.
      for (let position = 1; position <= at.longest; position++) {
        const child = at.children?.get(String(position));
        if (child !== undefined && !child.scalar && child.children === null) child.scalar = true;
      }
    }
    for (const [choice] of at.choices ?? []) {
      at.choiceColumns.set(choice, names.length);
      names.push(`${name} [${choice.replace(/\]/g, ')')}]`);
      roots.push(first);
    }
    for (const [key, child] of at.children ?? []) this.assign(child, name === '' ? key : `${name}.${key}`, first === '' ? key : first, names, roots);
  }

  private fillObject(at: KeyNode, object: Record<string, unknown>, fields: string[]): void {
    for (const key of Object.keys(object)) {
      const child = at.children?.get(key);
      if (child !== undefined) this.fillValue(child, object[key], fields);
    }
  }

  private fillValue(at: KeyNode, value: unknown, fields: string[]): void {
    if (Array.isArray(value)) {
      if (at.positional) {
        value.forEach((element, i) => {
          const child = at.children?.get(String(i + 1));
          if (child !== undefined) this.fillValue(child, element, fields);
        });
        return;
      }
      for (const element of value) {
        const text = scalarText(element as Scalar);
        const column = at.choiceColumns.get(text);
        if (column !== undefined) fields[column] = text;
      }
      return;
    }
    if (value !== null && typeof value === 'object') return this.fillObject(at, value as Record<string, unknown>, fields);
    if (at.column >= 0) fields[at.column] = scalarText(value as Scalar);
  }
}

function isScalar(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

/** A value as a CSV export writes it. */
export function scalarText(value: Scalar): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return value ? 'true' : 'false';
}
