/**
 * The attributes a marketer sets beside the content, read from custom-elements.json (the manifest) so that an
 * attribute added to an element appears here by itself. Left out: where the content comes from (`src`, the attribute
 * that picks an entry), the per-field overrides (the form edits those fields themselves) and the network timeouts.
 */

export interface AttributeField {
  name: string;
  control: 'choice' | 'yes-no' | 'text' | 'number' | 'colour' | 'opt-in';
  options?: string[];
  description: string;
  default?: string;
}

interface ManifestAttribute {
  name: string;
  type?: { text: string };
  default?: string;
  description?: string;
}
interface ManifestDeclaration {
  tagName?: string;
  attributes?: ManifestAttribute[];
}
export interface Manifest {
  modules: { declarations?: ManifestDeclaration[] }[];
}

/** The value of an opt-in attribute (analytics) that turns it on. */
export const OPT_IN_VALUES: Record<string, string> = { analytics: 'datalayer' };
/** Attributes that take a colour. */
const COLOUR_ATTRIBUTES = new Set(['accent']);
const TECHNICAL_ATTRIBUTES = new Set(['src', 'timeout', 'form-timeout']);

/** `'a' | 'b' | null` → `['a', 'b']`; nothing when the type is not a set of quoted words. */
function literalOptions(type: string): string[] | undefined {
  const parts = type
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part != 'null' && part != 'undefined');
  return parts.length && parts.every((part) => /^'[^']*'$/.test(part)) ? parts.map((part) => part.slice(1, -1)) : [];
}

/** The `lang` attribute is HTML's own, not the element's, so the manifest does not list it. */
const LANGUAGE: AttributeField = {
  name: 'lang',
  control: 'text',
  options: ['en', 'es'],
  description: 'The language of the content (en, es, …); built-in words follow it. Empty: the page’s language.',
};

export function attributeFields(manifest: Manifest, tag: string, pickAttribute: string): AttributeField[] {
  const declaration = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((each) => each.tagName == tag);
  const fields: AttributeField[] = [];
  for (const attribute of declaration?.attributes ?? []) {
    const { name } = attribute;
    const description = (attribute.description ?? '').replace(/`/g, '');
    if (TECHNICAL_ATTRIBUTES.has(name) || name == pickAttribute || description.startsWith('Replaces')) continue;
    const type = attribute.type?.text ?? 'string';
    const options = literalOptions(type);
    const defaultValue = attribute.default?.replace(/^'|'$/g, '');
    const control: AttributeField['control'] = COLOUR_ATTRIBUTES.has(name)
      ? 'colour'
      : name in OPT_IN_VALUES
        ? 'opt-in'
        : options?.length
          ? 'choice'
          : type == 'boolean'
            ? 'yes-no'
            : type.startsWith('number')
              ? 'number'
              : 'text';
    fields.push({ name, control, options, description, default: defaultValue });
  }
  return [...fields, LANGUAGE];
}

/** The accent when none is set: `--clinic-accent`'s default in src/styles/tokens.ts. */
export const DEFAULT_ACCENT = '#0b6e4f';

/**
 * WCAG relative luminance below which white text reads better than black on a colour: where both contrast ratios
 * are equal. The elements pick the text colour on the accent by the same rule (src/styles/tokens.ts).
 */
const EQUAL_CONTRAST_LUMINANCE = 0.1791;

function linear(channel: number): number {
  const value = channel / 255;
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/** The text colour the element puts on `rgb` and the contrast ratio between them. */
export function textOnAccent([red, green, blue]: [number, number, number]) {
  const luminance = 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
  const white = luminance < EQUAL_CONTRAST_LUMINANCE;
  const ratio = white ? 1.05 / (luminance + 0.05) : (luminance + 0.05) / 0.05;
  return { text: white ? 'white' : 'black', ratio };
}

/** `#0b6e4f` or `#abc` as red, green and blue; nothing for any other way of writing a colour. */
export function hexToRgb(hex: string): [number, number, number] | undefined {
  const match = /^#([\da-f]{3}|[\da-f]{6})$/i.exec(hex.trim());
  if (!match) return undefined;
  const digits = match[1]!.length == 3 ? match[1]!.replace(/./g, '$&$&') : match[1]!;
  return [0, 2, 4].map((start) => parseInt(digits.slice(start, start + 2), 16)) as [number, number, number];
}
