/**
 * Generators for the property-based tests: content for each element, built by walking the element's own schema
 * (its JSON keywords say what a field takes), and that content with one thing made wrong, each sample with the
 * outcome the element owes it. Strings carry markup, look-alike entities, reserved names, control characters and,
 * now and then, a hundred thousand characters.
 */
import fc from 'fast-check';
import { articleCardContent } from '../../src/components/article-card/article-card.schema.js';
import { consultCtaContent, type ConsultCtaContent } from '../../src/components/consult-cta/consult-cta.schema.js';
import {
  symptomChecklistContent,
  type SymptomChecklistContent,
} from '../../src/components/symptom-checklist/symptom-checklist.schema.js';
import { icons } from '../../src/components/timeline/icons.js';
import { timelineContent, type TimelineContent } from '../../src/components/timeline/timeline.schema.js';
import { at, type Schema } from '../../src/content/schema.js';

/** What an element owes a sample: to render it, to refuse it naming the JSON path `path`, or either of the two. */
export interface Sample {
  content: unknown;
  expect: 'ready' | 'error' | 'either';
  /** The path a refusal names: `steps[1].icon`, or '' for the content as a whole. */
  path?: string;
  /** What a refusal says, where the kind of mistake decides it. */
  message?: RegExp;
  /** What was done to valid content: shown with a counterexample. */
  mutation?: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Strings

/** Markup that must be shown as text. Each piece marks itself `data-injected`, so a piece parsed into DOM is found. */
const markup = [
  '<img src=x onerror=alert(1) data-injected>',
  '<script data-injected>alert(1)</script>',
  '"><svg onload=alert(1) data-injected>',
  "'><iframe src=javascript:alert(1) data-injected></iframe>",
  '</h2><a href=javascript:alert(1) data-injected>x</a>',
  '<style data-injected>*{display:none}</style>',
  '<!--<img data-injected>-->',
  // Lit's own markers, and template syntaxes of other libraries.
  '<?lit$1234$><!--?lit$1234$-->',
  '${alert(1)}',
  '{{constructor.constructor("alert(1)")()}}',
];

/** Strings that look like entities or escapes, which must stay as written. */
const lookalikes = [
  '&lt;img src=x onerror=alert(1)&gt;',
  '&#60;script&#62;',
  '&amp;&quot;&#39;',
  '&NewLine;',
  '%3Cb%3E',
];

/** Names that plain objects inherit, or that JavaScript treats specially. */
const reservedNames = [
  'constructor',
  'toString',
  'valueOf',
  '__proto__',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupGetter__',
  'prototype',
  'then',
  'toJSON',
];

/** One C0 or C1 control character, or DEL. */
const controlCharacter = fc
  .oneof(fc.integer({ min: 0, max: 0x1f }), fc.constant(0x7f), fc.integer({ min: 0x80, max: 0x9f }))
  .map((code) => String.fromCharCode(code));

const textPiece = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 2, arbitrary: fc.constantFrom(...markup, ...lookalikes, ...reservedNames) },
  { weight: 1, arbitrary: controlCharacter },
);

const HUGE = { min: 10_000, max: 100_000 };
/** A piece repeated to between ten and a hundred thousand characters. */
const hugeText = fc
  .tuple(textPiece.filter(Boolean), fc.integer(HUGE))
  .map(([piece, length]) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length));

const text = fc.oneof(
  { weight: 60, arbitrary: fc.array(textPiece, { maxLength: 4 }).map((pieces) => pieces.join('')) },
  { weight: 1, arbitrary: hugeText },
);
const nonBlankText = text.filter((value) => value.trim() != '');
const blankText = fc.stringMatching(/^\s*$/);

// ---------------------------------------------------------------------------------------------------------------
// URLs

/** `word` with each letter in either case: `JaVaScRiPt`. */
function anyCase(word: string) {
  return fc
    .array(fc.boolean(), { minLength: word.length, maxLength: word.length })
    .map((upper) => word.replace(/./g, (letter, index: number) => (upper[index] ? letter.toUpperCase() : letter)));
}

/** Spaces, which the URL parser strips from both ends. */
const spaces = fc.constantFrom('', '', ' ', '  ');
/** Printable text for paths and the like: no control characters, no line or paragraph separators. */
const urlText = fc.string({ unit: 'grapheme', maxLength: 16 }).map((tail) => tail.replace(/[\u2028\u2029]/g, ''));
const withScheme = (scheme: fc.Arbitrary<string>, rest: fc.Arbitrary<string>) =>
  fc.tuple(spaces, scheme, rest).map(([space, name, tail]) => `${space}${name}:${tail}`);
const webUrl = (scheme: string) =>
  withScheme(
    anyCase(scheme),
    fc.webUrl({ withQueryParameters: true, withFragments: true }).map((url) => url.slice(url.indexOf(':') + 1)),
  );
/** Relative to the page: a path, a query or a fragment; never a scheme, nor another host (`//host`, `/\\host`). */
const relativeUrl = fc
  .tuple(spaces, fc.constantFrom('/', './', '../', '?', '#', 'articles/'), urlText)
  .map((parts) => parts.join(''))
  .filter((url) => !/^ *[/\\]{2}/.test(url));

const safeUrl = fc.oneof(
  webUrl('https'),
  webUrl('http'),
  withScheme(anyCase('mailto'), fc.emailAddress()),
  withScheme(anyCase('tel'), fc.stringMatching(/^\+?\d{3,12}$/)),
  relativeUrl,
  relativeUrl.map((path) => `//example.org/${path.trim()}`),
);

/** Inserts a control character, or a line or paragraph separator, anywhere in what `url` makes. */
const withControlCharacter = (url: fc.Arbitrary<string>) =>
  fc
    .tuple(url, fc.oneof(controlCharacter, fc.constantFrom('\u2028', '\u2029')), fc.nat())
    .map(([value, control, place]) => {
      const index = place % (value.length + 1);
      return value.slice(0, index) + control + value.slice(index);
    });

/** Any scheme but the four allowed ones, in any case. */
const otherScheme = fc.oneof(
  anyCase('javascript'),
  anyCase('data'),
  anyCase('vbscript'),
  fc.constantFrom('file', 'blob', 'about', 'ftp', 'ws', 'view-source', 'intent', 'jar'),
  fc.stringMatching(/^[a-zA-Z][a-zA-Z\d+.-]{0,8}$/).filter((scheme) => !/^(https?|mailto|tel)$/i.test(scheme)),
);

/**
 * URLs that must never reach a page: other schemes however spelt, and anything with a control character (or a line or
 * paragraph separator) in it.
 */
const unsafeUrl = fc.oneof(
  withScheme(
    otherScheme,
    fc.oneof(fc.constantFrom('alert(1)', '//%0aalert(1)', 'text/html,<script>x</script>'), urlText),
  ),
  withControlCharacter(fc.oneof(safeUrl, withScheme(anyCase('javascript'), fc.constant('alert(1)')))),
  fc.constantFrom(
    'jav\u0000ascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'javascript\u007f:alert(1)',
    '\u0085javascript:alert(1)',
    'https://example.org/\u0000',
    `blob:${location.origin}/0`,
  ),
);

/**
 * URLs that only look dangerous: entities and escapes are not decoded in an attribute set from script, and a
 * character outside the scheme alphabet makes a relative URL. The element may keep or refuse them.
 */
const lookalikeUrl = fc.constantFrom(
  '&#106;avascript:alert(1)',
  '&#x6A;avascript&#x3A;alert(1)',
  'javascript&colon;alert(1)',
  'jav&#x09;ascript:alert(1)',
  'javascript%3Aalert(1)',
  '%6Aavascript:alert(1)',
  'java script:alert(1)',
  '\u00a0javascript:alert(1)',
  '\ufeffjavascript:alert(1)',
  '\uff4aavascript:alert(1)',
  '\\\\example.org/x',
);

// ---------------------------------------------------------------------------------------------------------------
// Other values

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (year: number) => (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
/** Whether `YYYY-MM-DD` names a day of the calendar, worked out without Date. */
function isCalendarDay(date: string) {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const length = month == 2 && !isLeapYear(year) ? 28 : DAYS_IN_MONTH[month - 1];
  return month >= 1 && day >= 1 && day <= (length ?? 0);
}
const twoDigits = (value: number) => String(value).padStart(2, '0');
/** `YYYY-MM-DD` from any month 0–13 and day 0–32: days of the calendar and days that are not. */
const datelike = fc
  .tuple(fc.integer({ min: 1600, max: 2400 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([year, month, day]) => `${year}-${twoDigits(month)}-${twoDigits(day)}`);
const isoDate = datelike.filter(isCalendarDay);
const notADate = fc.oneof(
  datelike.filter((date) => !isCalendarDay(date)),
  fc.constantFrom('2024-1-1', '24-01-01', '2024/01/01', '01-02-2024', '2024-01-01T00:00:00Z', '+002024-01-01', 'today'),
);

/** A value nested hundreds of levels deep, through lists and objects whose keys may be reserved names. */
const deeplyNested = fc
  .tuple(fc.integer({ min: 100, max: 1000 }), fc.constantFrom('value', ...reservedNames), fc.jsonValue({ maxDepth: 1 }))
  .map(([depth, key, leaf]) => {
    let value: unknown = leaf;
    for (let level = 0; level < depth; level++) value = level % 3 ? { [key]: value } : [value];
    return value;
  });

/** Any JSON value, now and then a deep one. */
const anyJson = fc.oneof(
  { weight: 8, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: deeplyNested },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 1.5, 1e308, -0, '', ' ', [], {}, true) },
);

/** A JSON value's type, in JSON Schema's words: `integer` for whole numbers, `number` for the others. */
function jsonType(value: unknown) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value == 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

// ---------------------------------------------------------------------------------------------------------------
// Walking a schema

type AnySchema = Schema<unknown>;
/** The JSON Schema keywords the schema kit writes (src/content/schema.ts). */
interface Keywords {
  type?: string | string[];
  enum?: string[];
  pattern?: string;
  format?: string;
  minimum?: number;
  minItems?: number;
}
const keywords = (schema: AnySchema) => schema.json as Keywords;

/** Values for a field whose rule its keywords do not tell: a time zone, an icon, where a form may go. */
interface Special {
  accepted?: fc.Arbitrary<unknown>;
  refused?: fc.Arbitrary<unknown>;
  /** A URL, or a name or URL, though its keywords do not say so. */
  url?: true;
}

/** How to make content for one element: its schema, special fields by dotted name, and rules across fields. */
interface ContentRules<T> {
  schema: Schema<T>;
  /** Keyed by the field's dotted name, list items marked `[]`: `steps[].icon`. */
  special?: Record<string, Special>;
  /** Makes generated content keep the rules across fields (unique ids, a way to act). */
  repair?: (content: T) => T;
}

const MAX_EXTRA_ITEMS = 3;
const MAX_NUMBER = 10_000;
const schemaLink = fc.constant('https://example.org/clinic-elements/schemas/content.schema.json');

/** Values `schema` accepts; `name` is the field's dotted name (`steps[].icon`), for `special`. */
function accepted(schema: AnySchema, name: string, special: Record<string, Special>): fc.Arbitrary<unknown> {
  const own = special[name]?.accepted;
  if (own) return own;
  const { entries, item } = schema;
  const { type, enum: options, pattern, format, minimum, minItems = 0 } = keywords(schema);
  if (entries) {
    const model: Record<string, fc.Arbitrary<unknown>> = Object.fromEntries(
      Object.entries(entries).map(([key, entry]) => [key, accepted(entry, at(name, key), special)]),
    );
    // `$schema` may point an editor at the JSON Schema, in any object.
    model.$schema = schemaLink;
    const required = Object.keys(entries).filter((key) => !entries[key]!.optional);
    return fc.record(model, { requiredKeys: required });
  }
  if (item) {
    const items = accepted(item, `${name}[]`, special);
    return fc.array(items, { minLength: minItems, maxLength: minItems + MAX_EXTRA_ITEMS });
  }
  if (options) return fc.constantFrom(...options);
  if (type == 'integer') return fc.integer({ min: minimum ?? -MAX_NUMBER, max: MAX_NUMBER });
  if (type == 'boolean') return fc.boolean();
  if (format == 'uri-reference') return safeUrl;
  if (format == 'date') return isoDate;
  if (pattern == '\\S') return nonBlankText;
  if (pattern) return fc.stringMatching(new RegExp(pattern));
  return text;
}

/** Values of the right JSON type that `schema` must refuse, if its keywords say of any. */
function refused(schema: AnySchema, name: string, special: Record<string, Special>): fc.Arbitrary<unknown> | undefined {
  const own = special[name]?.refused;
  if (own) return own;
  const { enum: options, pattern, format, minimum, minItems } = keywords(schema);
  if (minItems) return fc.constant([]);
  if (options) return fc.oneof(text, ...options.map(anyCase)).filter((value) => !options.includes(value));
  if (minimum !== undefined) return fc.integer({ min: minimum - MAX_NUMBER, max: minimum - 1 });
  if (format == 'uri-reference') return unsafeUrl;
  if (format == 'date') return notADate;
  if (pattern == '\\S') return blankText;
  if (pattern) return text.filter((value) => !new RegExp(pattern).test(value));
  return undefined;
}

/** Refused values for each field of `schema` that has some, by dotted name. */
function refusedByName(schema: AnySchema, special: Record<string, Special>, name = '') {
  const found: Record<string, fc.Arbitrary<unknown>> = {};
  const visit = (field: AnySchema, fieldName: string) => {
    const values = refused(field, fieldName, special);
    if (values) found[fieldName] = values;
    for (const [key, entry] of Object.entries(field.entries ?? {})) visit(entry, at(fieldName, key));
    if (field.item) visit(field.item, `${fieldName}[]`);
  };
  visit(schema, name);
  return found;
}

/** A place in content where a mistake can go: a field (there or not), a list item, or the content itself. */
interface Spot {
  /** The JSON path as error messages write it. */
  path: string;
  /** The keys and indexes that lead to it. */
  trail: (string | number)[];
  /** The field's dotted name, list items marked `[]`: `steps[].icon`. */
  name: string;
  schema: AnySchema;
  value: unknown;
  present: boolean;
  /** A field of an object, which may be left out; not a list item or the content itself. */
  field: boolean;
}

/** Every spot in `content` under `schema`, the content's own first. */
function spots(schema: AnySchema, content: unknown): Spot[] {
  const found: Spot[] = [];
  const visit = (spot: Spot) => {
    found.push(spot);
    const { schema: own, value, path, trail, name } = spot;
    if (own.entries && jsonType(value) == 'object') {
      for (const [key, entry] of Object.entries(own.entries)) {
        const present = Object.hasOwn(value as object, key);
        const child = { path: at(path, key), trail: [...trail, key], name: at(name, key), schema: entry };
        visit({ ...child, value: present ? (value as Record<string, unknown>)[key] : undefined, present, field: true });
      }
    }
    if (own.item && Array.isArray(value)) {
      const item = { name: `${name}[]`, schema: own.item, present: true, field: false };
      value.forEach((entry: unknown, index) =>
        visit({ ...item, path: `${path}[${index}]`, trail: [...trail, index], value: entry }),
      );
    }
  };
  visit({ path: '', trail: [], name: '', schema, value: content, present: true, field: false });
  return found;
}

const REMOVE = Symbol('remove');
/** A copy of `value` with what is at `trail` replaced by `change(it)`, or left out if that gives REMOVE. */
function update(value: unknown, trail: readonly (string | number)[], change: (old: unknown) => unknown): unknown {
  const [step, ...rest] = trail;
  if (step === undefined) return change(value);
  if (Array.isArray(value))
    return value.map((item: unknown, index) => (index === step ? update(item, rest, change) : item));
  const object = value as Record<string, unknown>;
  const next = update(Object.hasOwn(object, step) ? object[step] : undefined, rest, change);
  // Entries, not assignment: a key named __proto__ stays a field of its own.
  const kept = Object.entries(object).filter(([key]) => key !== String(step));
  return Object.fromEntries(next === REMOVE ? kept : [...kept, [step, next]]);
}

/** Keys no object in the content knows: reserved names, and any string at all. */
const unknownKey = fc.oneof(
  fc.constantFrom(...reservedNames),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ maxLength: 12 }),
);
/** Keys that pick an entry of a collection at the top of a file (`articles`), which are not unknown fields there. */
const collections = ['articles', 'timelines', 'checklists', 'ctas'];

const kinds = ['unknown field', 'wrong type', 'missing', 'refused value', 'look-alike URL'] as const;
/**
 * One mistake to make in valid content, drawn apart from the content so that both shrink: its kind, which of the
 * spots that can take it (0 is the first, the content itself where it fits), and what to put there.
 */
interface Mistake {
  kind: (typeof kinds)[number];
  place: number;
  key: string;
  value: unknown;
  /** A value to refuse for each field that has some, by dotted name. */
  refused: Record<string, unknown>;
  url: string;
}

/** The content with the mistake made in it and the refusal it must cause, or undefined where it does not fit. */
function withMistake(schema: AnySchema, content: unknown, mistake: Mistake, special: Record<string, Special>) {
  const { kind, place, key, value, refused: refusedValues, url } = mistake;
  const fits: Record<Mistake['kind'], (spot: Spot) => boolean> = {
    'unknown field': (spot) => spot.present && !!spot.schema.entries && jsonType(spot.value) == 'object',
    // No null for the content itself: a `content` of null means none.
    // A field may take more than one type (a word: a text, or texts by plural category).
    'wrong type': (spot) =>
      ![keywords(spot.schema).type].flat().includes(jsonType(value)) && (spot.path != '' || value !== null),
    missing: (spot) => spot.present && spot.field && !spot.schema.optional,
    'refused value': (spot) => Object.hasOwn(refusedValues, spot.name),
    'look-alike URL': (spot) => keywords(spot.schema).format == 'uri-reference' || !!special[spot.name]?.url,
  };
  const candidates = spots(schema, content).filter(fits[kind]);
  const spot = candidates[place % candidates.length];
  if (!spot) return undefined;
  const refusal = (change: (old: unknown) => unknown, message?: RegExp, path = spot.path): Sample => ({
    content: update(content, spot.trail, change),
    expect: 'error',
    path,
    message,
    mutation: `${kind} at ${JSON.stringify(path)}`,
  });
  switch (kind) {
    case 'unknown field': {
      const known = Object.hasOwn(spot.schema.entries!, key) || key == '$schema';
      if (known || (spot.path == '' && collections.includes(key))) return undefined;
      return refusal((old) => ({ ...(old as object), [key]: value }), /^unknown field/, at(spot.path, key));
    }
    case 'wrong type':
      return refusal(() => value, /^expected /);
    case 'missing':
      return refusal(() => REMOVE, /^is required$/);
    case 'refused value':
      return refusal(() => refusedValues[spot.name]);
    case 'look-alike URL':
      return { ...refusal(() => url), expect: 'either' as const };
  }
}

/** Valid content and content with one mistake, about two to three. */
function samples<T>({ schema, special = {}, repair = (content) => content }: ContentRules<T>): fc.Arbitrary<Sample> {
  const walked = schema as AnySchema;
  const valid = accepted(walked, '', special).map((content) => repair(content as T));
  const mistake = fc.record({
    kind: fc.constantFrom(...kinds),
    place: fc.nat(),
    key: unknownKey,
    value: anyJson,
    refused: fc.record(refusedByName(walked, special)),
    url: lookalikeUrl,
  });
  return fc.oneof(
    { weight: 2, arbitrary: valid.map((content): Sample => ({ content, expect: 'ready' })) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(valid, mistake)
        .map(([content, made]) => withMistake(walked, content, made, special))
        .filter((sample) => sample !== undefined),
    },
  );
}

// ---------------------------------------------------------------------------------------------------------------
// The rules across fields, which JSON keywords do not say

/** The same objects, each id used once: a second use gets a suffix. */
function withUniqueIds<Item extends { id?: string }>(items: Item[], seen = new Set<string>()): Item[] {
  return items.map((item) => {
    if (item.id === undefined) return item;
    let id = item.id;
    while (seen.has(id)) id += '′';
    seen.add(id);
    return id === item.id ? item : { ...item, id };
  });
}

/** Numbers made to rise: each is the one before, plus one, plus its own (the first is its own). */
function rising(numbers: number[]) {
  let total = -1;
  return numbers.map((own) => (total += 1 + own));
}

const timeZones = ['America/Los_Angeles', 'UTC', 'Europe/Madrid', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Etc/GMT+12'];
const iconNames = Object.keys(icons);

export const articleCardSamples = samples(articleCardContent);

export const timelineSamples = samples({
  ...timelineContent,
  special: {
    'steps[].icon': {
      url: true,
      accepted: fc.oneof(
        fc.constantFrom(...iconNames),
        safeUrl.filter((url) => /[/.:]/.test(url)),
      ),
      refused: fc.oneof(
        fc
          .oneof(fc.constantFrom(...reservedNames), text)
          .filter((name) => !/[/.:]/.test(name) && !iconNames.includes(name)),
        unsafeUrl,
      ),
    },
  },
  repair: (timeline: TimelineContent) => ({ ...timeline, steps: withUniqueIds(timeline.steps) }),
});

export const symptomChecklistSamples = samples({
  ...symptomChecklistContent,
  repair: (checklist: SymptomChecklistContent) => {
    const seen = new Set<string>();
    const { groups, bands = [], responses = [] } = checklist;
    // The first band starts at 0, and each next one higher; every response has a value of its own.
    const mins = rising(bands.map((band, index) => (index ? band.min : 0)));
    const values = rising(responses.map((response) => response.value));
    return {
      ...checklist,
      groups: groups.map((group) => ({ ...group, items: withUniqueIds(group.items, seen) })),
      ...(checklist.bands && { bands: bands.map((band, index) => ({ ...band, min: mins[index]! })) }),
      ...(checklist.responses && {
        responses: responses.map((response, index) => ({ ...response, value: values[index]! })),
      }),
    };
  },
});

const timeZoneField: Special = {
  accepted: fc.constantFrom(...timeZones),
  refused: fc.constantFrom('Mars/Olympus_Mons', 'GMT+25', '', 'constructor', 'America/Los Angeles'),
};

export const consultCtaSamples = samples({
  ...consultCtaContent,
  special: {
    'hours.timezone': timeZoneField,
    'locations[].hours.timezone': timeZoneField,
    // An https: URL or one on this site: never plain http to another host.
    'form.action': { accepted: fc.oneof(webUrl('https'), relativeUrl) },
  },
  repair: (cta: ConsultCtaContent) => ({
    ...cta,
    // Content needs a way to act, and names each form field, and each field to prefill, once.
    ...(!cta.booking && !cta.phone && !cta.form && { phone: { number: '+1 949 555 0100' } }),
    ...(cta.form?.fields && { form: { ...cta.form, fields: [...new Set(cta.form.fields)] } }),
    ...(cta.booking?.prefill && { booking: { ...cta.booking, prefill: [...new Set(cta.booking.prefill)] } }),
  }),
});
