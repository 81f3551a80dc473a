/**
 * Ids derived from labels: a checklist item's `id` follows its `label` (a timeline step's its `title`) until the
 * marketer writes an id of their own, and stays unique across the content (`fatigue`, `fatigue-2`).
 */

/** The words of a label as an id: `Poor sleep?` → `poor-sleep`. */
export function slugify(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents, split off by NFKD
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The fields an id is derived from, first found wins. */
const NAMING_FIELDS = ['label', 'title'];

type Json = Record<string, unknown>;
const isJson = (value: unknown): value is Json => !!value && typeof value == 'object' && !Array.isArray(value);

/** Every `id` in the content but the one of `except`. */
function idsIn(value: unknown, except: Json, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((entry) => idsIn(entry, except, found));
  else if (isJson(value)) {
    if (value != except && typeof value.id == 'string') found.add(value.id);
    Object.values(value).forEach((entry) => idsIn(entry, except, found));
  }
  return found;
}

/** `base`, or `base-2`, `base-3`…: the first that no other object uses. */
function unique(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  let suffix = 2;
  while (taken.has(`${base}-${suffix}`)) suffix++;
  return `${base}-${suffix}`;
}

/** Whether `id` is what the label `before` gave (possibly with a number to keep it unique), or empty. */
function followsLabel(id: string, before: unknown): boolean {
  if (!id) return true;
  const base = typeof before == 'string' ? slugify(before) : '';
  return id == base || new RegExp(`^${base}-\\d+$`).test(id);
}

/**
 * After `object[field]` changed from `before`: when `field` names the object and its id still follows the name, the id
 * follows the new name. Objects whose id was written by hand, or that have no id field, are left alone.
 */
export function deriveId(content: unknown, object: Json, field: string, before: unknown) {
  if (!NAMING_FIELDS.includes(field) || typeof object.id != 'string') return;
  if (NAMING_FIELDS.find((name) => typeof object[name] == 'string') != field) return;
  if (!followsLabel(object.id, before)) return;
  const base = slugify(object[field] as string);
  object.id = base ? unique(base, idsIn(content, object)) : '';
}
