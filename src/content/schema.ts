import { ContentError } from './errors.js';
import { isSafeUrl } from './url.js';

/**
 * A small schema kit: each schema checks a value and names the first bad field by its JSON path.
 * TypeScript types are inferred from the same definitions, and `scripts/schemas.js` writes JSON
 * Schema files for editors from them (`json` holds a schema's own keywords; `entries` and `item`
 * its children). It does what valibot did here in a third of the bytes.
 */
export interface Schema<T> {
  parse(value: unknown, path: string): T;
  readonly json: Record<string, unknown>;
  readonly entries?: Entries;
  readonly item?: Schema<unknown>;
  readonly optional?: true;
}
export type Infer<S> = S extends Schema<infer T> ? T : never;
type Entries = Record<string, Schema<unknown>>;

/** A plain object: not null, not a list. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value == 'object' && !Array.isArray(value);
}

/** Stops validation: `message` is what is wrong with the field at JSON path `path`. */
export function fail(path: string, message: string): never {
  throw new ContentError('schema', message, path || undefined);
}

/** The JSON path of a field: `key` at the top, `path.key` below. */
export const at = (path: string, key: string) => (path ? `${path}.${key}` : key);

/**
 * A value from content or an attribute as a message names it: `a list`, `an object`, or the value itself quoted as
 * JSON (`5`, `null`, `"five"`, `"a\nb"`: a newline escaped). Every message that names such a value goes through here.
 */
export function quote(value: unknown) {
  return Array.isArray(value) ? 'a list' : isRecord(value) ? 'an object' : JSON.stringify(value);
}

/** A schema for values of a JSON Schema `type` that pass `is`, then `refine` (which returns a problem, or nothing). */
function typed<T>(type: string, words: string, is: (value: unknown) => boolean) {
  return (refine?: (value: T) => string | false, more?: Schema<T>['json']): Schema<T> => ({
    json: { type, ...more },
    parse(value, path) {
      const problem = is(value) ? refine?.(value as T) : `expected ${words}, got ${quote(value)}`;
      return problem ? fail(path, problem) : (value as T);
    },
  });
}

export const string = typed<string>('string', 'a string', (value) => typeof value == 'string');
export const boolean = typed<boolean>('boolean', 'true or false', (value) => typeof value == 'boolean');
export const integer = typed<number>('integer', 'a whole number', Number.isInteger);
export const list = typed<unknown[]>('array', 'a list', Array.isArray);
// No `additionalProperties: false` here: object() rejects unknown fields, so scripts/schemas.js closes its JSON object.
const record = typed<Record<string, unknown>>('object', 'an object', isRecord)();

export const requiredText = string((s) => !s.trim() && 'must not be empty', { pattern: '\\S' });
export const safeUrl = string(
  (s) => !isSafeUrl(s) && 'unsafe URL removed: only http, https, mailto, tel and relative URLs are allowed',
  { format: 'uri-reference' },
);
/**
 * A day of the calendar, written YYYY-MM-DD: the date must read back unchanged. Engines differ on what Date.parse lets
 * through (`2024-02-30`, `2024-00-10`); none writes an invalid day back as it was given. toJSON() gives null for a date
 * that is no date at all, whatever its type says.
 */
export const isoDate = string(
  (s) => (new Date(s).toJSON() as string | null)?.slice(0, 10) != s && 'expected a date written as YYYY-MM-DD',
  { format: 'date' },
);
export const positiveInteger = integer((n) => n < 1 && 'expected a number of 1 or more', { minimum: 1 });

export function picklist<const T extends string>(...options: T[]): Schema<T> {
  const words = `one of ${options.map(quote).join(', ')}`;
  return typed<T>('string', words, (value) => options.includes(value as T))(undefined, { enum: options });
}

export function optional<T>(schema: Schema<T>): Schema<T | undefined> & { optional: true } {
  return { ...schema, optional: true };
}

export function array<T>(item: Schema<T>, minItems = 0): Schema<T[]> {
  const shape = list((value) => value.length < minItems && `needs at least ${minItems}`, { minItems });
  return {
    ...shape,
    item,
    parse: (value, path) => shape.parse(value, path).map((entry, index) => item.parse(entry, `${path}[${index}]`)),
  };
}

type Optional<E extends Entries> = { [K in keyof E]: E[K] extends { optional: true } ? K : never }[keyof E];
export type ObjectOf<E extends Entries> = { [K in Exclude<keyof E, Optional<E>>]: Infer<E[K]> } & {
  [K in Optional<E>]?: Infer<E[K]>;
};

/**
 * An object whose unknown fields are errors, so that a misspelt name is reported rather than ignored.
 * `$schema` is allowed everywhere so that a content file can point editors at its JSON Schema.
 */
export function object<E extends Entries>(entries: E): Schema<ObjectOf<E>> {
  // Own fields only, of `entries` and of the input: a field named like an inherited property (`constructor`,
  // `__proto__` from JSON) is refused, and what the input only inherits is not read.
  const known = new Map(Object.entries(entries));
  return {
    ...record,
    entries,
    parse(value, path) {
      const fields = new Map(Object.entries(record.parse(value, path)));
      for (const key of fields.keys())
        if (!known.has(key) && key != '$schema') fail(at(path, key), 'unknown field (check its spelling)');
      const output: Record<string, unknown> = {};
      for (const [key, schema] of known) {
        const field = fields.get(key);
        if (field !== undefined) output[key] = schema.parse(field, at(path, key));
        else if (!schema.optional) fail(at(path, key), 'is required');
      }
      return output as ObjectOf<E>;
    },
  };
}
