/**
 * The embed code the configurator writes, and the reading of one a marketer pastes back. Pasted text is only ever
 * read as text: attributes by a small tokenizer and the inline JSON by JSON.parse; nothing goes through innerHTML or
 * DOMParser, so a pasted `<img onerror>` or `<script>` is never run.
 */

export type Attributes = Record<string, string | true>;

/** An attribute value as HTML needs it inside double quotes. */
function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/** `name="value"` pairs, `name` alone for a boolean attribute. */
function attributeText(attributes: Attributes): string {
  return Object.entries(attributes)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
}

/**
 * Content as inline JSON: every `<` written `\u003c`, which JSON reads as the same character, so no `</script>` in a
 * text can end the script early.
 */
export function inlineJson(content: unknown): string {
  return JSON.stringify(content, null, 2).replaceAll('<', '\\u003c');
}

/** The two lines a page needs once: the stylesheet that keeps the element's space, and the script. */
export function scriptTags(bundleBase: string): string {
  return (
    `<link rel="stylesheet" href="${escapeAttribute(bundleBase)}clinic-elements.css" />\n` +
    `<script type="module" src="${escapeAttribute(bundleBase)}clinic-elements.js"></script>`
  );
}

/** The embed code with the content inline. */
export function inlineSnippet(bundleBase: string, tag: string, attributes: Attributes, content: unknown): string {
  const json = inlineJson(content).replaceAll('\n', '\n    ');
  return (
    `${scriptTags(bundleBase)}\n\n` +
    `<${tag}${attributeText(attributes)}>\n` +
    `  <script type="application/json">\n    ${json}\n  </script>\n` +
    `</${tag}>\n`
  );
}

/** The embed code that reads the content from a JSON file at `src`. */
export function srcSnippet(bundleBase: string, tag: string, attributes: Attributes, src: string): string {
  return `${scriptTags(bundleBase)}\n\n<${tag}${attributeText({ src, ...attributes })}></${tag}>\n`;
}

/** What a pasted snippet holds: the element's tag, its attributes, and its inline JSON if it has some. */
export interface PastedElement {
  tag: string;
  attributes: Record<string, string>;
  json?: string;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'", '#39': "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(amp|quot|lt|gt|apos|#39);/g, (_, name: string) => ENTITIES[name]!);
}

/** The first clinic element in an HTML snippet, or nothing. */
export function readSnippet(text: string): PastedElement | undefined {
  const open = /<(clinic-[a-z-]+)((?:\s+[^\s=>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/i.exec(text);
  if (!open) return undefined;
  const tag = open[1]!.toLowerCase();
  const attributes: Record<string, string> = {};
  const pairs = /([^\s=>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
  for (const [, name, double, single, bare] of open[2]!.matchAll(pairs)) {
    attributes[name!.toLowerCase()] = decodeEntities(double ?? single ?? bare ?? '');
  }
  const rest = text.slice(open.index + open[0].length);
  const end = rest.search(new RegExp(`</${tag}\\s*>`, 'i'));
  const inside = end < 0 ? rest : rest.slice(0, end);
  const script = /<script\b[^>]*type\s*=\s*["']?application\/json["']?[^>]*>([\s\S]*?)<\/script\s*>/i.exec(inside);
  return { tag, attributes, json: script?.[1] };
}
