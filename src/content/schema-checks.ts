// Checks across fields, in a module of their own so that an element that needs none (the card) does not load them.
import { at, fail, quote, type Schema } from './schema.js';

/** A schema with a check across its fields (unique ids, one way to act) that calls `fail` when it is broken. */
export function refine<T>(schema: Schema<T>, check: (value: T, path: string) => void): Schema<T> {
  return {
    ...schema,
    parse(value, path) {
      const parsed = schema.parse(value, path);
      check(parsed, path);
      return parsed;
    },
  };
}

/** Fails at the second use of an id; `ids` are pairs of an id (or nothing) and the JSON path of its object. */
export function uniqueIds(ids: Iterable<[id: string | undefined, path: string]>) {
  const seen = new Set<string>();
  for (const [id, path] of ids) {
    if (id === undefined) continue;
    if (seen.has(id)) fail(at(path, 'id'), `duplicate id ${quote(id)}: each id must be used once`);
    seen.add(id);
  }
}
