/**
 * The pre-renderer (Node only): rewrites the `clinic-` elements of an HTML page so that their content is in the
 * page itself, as declarative shadow DOM that reads with scripts off and that the elements take over when their
 * script runs. Built on Lit's own server renderer; the content is read, picked, overridden and validated by the
 * elements' own pipeline, so the errors are the browser's, word for word. Nothing else in the page changes.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { ClinicElement } from '../base/clinic-element.js';
import { loadCallbackForm, loadOpeningHours } from '../components/consult-cta/lazy-parts.js';
import '../define.js';
import { ContentError, toContentError } from '../content/errors.js';
import { errorLine } from '../content/events.js';
import { load } from '../content/fetch-json.js';
import { renderingWith, type ServerSource } from '../content/server-source.js';
import { isSafeUrl } from '../content/url.js';
import { scriptJson } from '../base/structured-data.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface PrerenderOptions {
  /** The page's file, against whose folder a relative `src` is read (default: the current folder). */
  file?: string;
  /** The site's root folder, against which a `src` starting with `/` is read (default: the page's folder). */
  root?: string;
  /** The URL each shadow root links its element's stylesheet from (default: `clinic-elements/<tag>.css`). */
  stylesheet?: (tag: string) => string;
  /** Told the line the browser would log, for each element left as it was. */
  onError?: (line: string) => void;
  /** Told each element pre-rendered. */
  onRendered?: (tag: string) => void;
  /** Given every `accent` value met, for the stylesheets (see `shadowStylesheet`). */
  accents?: Set<string>;
  /** The page's own address, against which the URLs of schema.org data are made absolute. */
  url?: string;
}

/** An element's content, read from the page or its `src`, before picking and validation. */
interface Source {
  raw: unknown;
  /** As the browser names it in errors. */
  source: string;
}

/** The tags the pre-renderer knows. */
export const TAGS = ['clinic-article-card', 'clinic-consult-cta', 'clinic-symptom-checklist', 'clinic-timeline'];
const defaultStylesheet = (tag: string) => `clinic-elements/${tag}.css`;

/** One read (or request) per file or URL for a whole run, however many pages and elements use it. */
const reads = new Map<string, Promise<unknown>>();

/** The element the server renderer made last: the pre-renderer asks it how its content went. */
let lastRendered: ClinicElement<unknown> | undefined;
LitElementRenderer.renderOptions.push((element) => {
  if (element instanceof ClinicElement) lastRendered = element;
  return undefined;
});

const madeLast = () => lastRendered;

/** Renders the element that `startTag` opens, with its content, and gives back the output and the element. */
function renderOnServer(startTag: string, tag: string, source: ServerSource) {
  lastRendered = undefined;
  const output = renderingWith(source, () =>
    collectResultSync(render(html`${unsafeStatic(startTag)}${unsafeStatic(`</${tag}>`)}`)),
  );
  return { output, element: madeLast() };
}

/** The page with every `clinic-` element pre-rendered; an element that cannot be is left exactly as it was. */
export async function prerender(page: string, options: PrerenderOptions = {}): Promise<string> {
  await Promise.all([loadCallbackForm(), loadOpeningHours()]);
  const insertions: { at: number; template: string }[] = [];
  for (const { element, lang } of findElements(parse(page, { sourceCodeLocationInfo: true }))) {
    const template = await renderElement(page, element, lang, options);
    if (template) insertions.push({ at: element.sourceCodeLocation!.startTag!.endOffset, template });
  }
  // From the end of the page back, so that the offsets still ahead stay right.
  return insertions.reduceRight((output, { at, template }) => output.slice(0, at) + template + output.slice(at), page);
}

/** The `clinic-` elements of the page, outermost only, each with the nearest `lang` above it. */
function findElements(root: Node, lang = '', found: { element: Element; lang: string }[] = []) {
  for (const child of 'childNodes' in root ? root.childNodes : []) {
    if (!('tagName' in child)) continue;
    const own = attribute(child, 'lang') ?? lang;
    if (TAGS.includes(child.tagName) && !isPrerendered(child)) found.push({ element: child, lang: own });
    else findElements('content' in child ? child.content : child, own, found);
  }
  return found;
}

const attribute = (element: Element, name: string) => element.attrs.find((each) => each.name == name)?.value;

/** An element whose shadow root is in the page already: pre-rendering twice changes nothing. */
const isPrerendered = (element: Element) =>
  element.childNodes.some(
    (child) => 'tagName' in child && child.tagName == 'template' && attribute(child, 'shadowrootmode'),
  );

/** The element's shadow root as a `<template shadowrootmode>`, or nothing when its content cannot be shown. */
async function renderElement(page: string, element: Element, lang: string, options: PrerenderOptions) {
  const tag = element.tagName;
  const { startOffset, endOffset } = element.sourceCodeLocation!.startTag!;
  const startTag = page.slice(startOffset, endOffset);
  const failed = (detail: { message: string; source: string; path?: string }) => {
    options.onError?.(errorLine(tag, detail));
    return undefined;
  };
  let content: Source | undefined;
  try {
    content = await readSource(element, options);
  } catch (thrown) {
    const { message, path } = toContentError(thrown);
    return failed({ message, path, source: attribute(element, 'src') ?? 'inline JSON' });
  }
  if (!content) return undefined; // no content at all: the element shows its fallback
  const { output, element: made } = renderOnServer(startTag, tag, { ...content, lang });
  if (made?.status != 'ready') {
    const { message, path } = made?.error ?? { message: 'could not be rendered' };
    return failed({ message, path, source: content.source });
  }
  const accent = attribute(element, 'accent')?.trim();
  if (accent) options.accents?.add(accent);
  options.onRendered?.(tag);
  const template = shadowTemplate(output, (options.stylesheet ?? defaultStylesheet)(tag));
  return template + (await structuredData(element, made, options.url));
}

/** The element's schema.org data as a JSON-LD script inside it, if it asks for it and has none yet. */
async function structuredData(element: Element, made: ClinicElement<unknown>, url: string | undefined) {
  const hasOne = element.childNodes.some(
    (child) => 'tagName' in child && child.tagName == 'script' && attribute(child, 'type') == 'application/ld+json',
  );
  if (attribute(element, 'structured-data') === undefined || hasOne) return '';
  const data = await made.schemaOrg(url);
  return data ? `<script type="application/ld+json">${scriptJson(data)}</script>` : '';
}

/** The content of the inline script, else of `src`; nothing when there is neither. */
async function readSource(element: Element, { file, root }: PrerenderOptions): Promise<Source | undefined> {
  const script = element.childNodes.find(
    (child) => 'tagName' in child && child.tagName == 'script' && attribute(child, 'type') == 'application/json',
  );
  if (script && 'childNodes' in script) {
    const text = script.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
    return { raw: JSON.parse(text), source: 'inline JSON' };
  }
  const src = attribute(element, 'src');
  if (!src) return undefined;
  if (!isSafeUrl(src)) throw new ContentError('attribute', 'must be an http(s) or relative URL', 'src');
  const folder = file ? dirname(file) : process.cwd();
  const location = /^https?:/i.test(src)
    ? src
    : join(src.startsWith('/') ? (root ?? folder) : folder, src.split(/[?#]/)[0]!);
  if (!reads.has(location)) reads.set(location, /^https?:/i.test(location) ? load(location) : readJson(location));
  return { raw: await reads.get(location), source: src };
}

/** A JSON file on disk; a missing one is told as the browser would meet it, a 404. */
async function readJson(path: string) {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code == 'ENOENT') {
      throw new ContentError('http', `the server answered HTTP 404 Not Found (no file ${path})`, undefined, 404);
    }
    throw error;
  }
}

/**
 * The shadow root out of the server renderer's output, its inline `<style>` made a link to the element's stylesheet:
 * a strict Content Security Policy (`style-src 'self'`) allows that, and one cached file serves every element.
 */
function shadowTemplate(result: string, stylesheet: string) {
  const start = result.indexOf('<template shadowroot');
  const end = result.lastIndexOf('</template>') + '</template>'.length;
  const template = result.slice(start, end);
  return template.replace(/<style>[^]*?<\/style>/, `<link rel="stylesheet" href="${escapeAttribute(stylesheet)}">`);
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * A pre-rendered shadow root holds its content already: the space the page stylesheet keeps for an element still
 * undefined, and the element for content still loading, would only push it down.
 */
const PRERENDERED = ':host::before { content: none !important; }';

/** An accent a stylesheet can hold: a colour's characters only, nothing that could end a rule. */
const colour = /^[#\w(),.%\s/+-]+$/;

/**
 * The stylesheet an element's pre-rendered shadow roots link: the element's own styles, and for each accent the
 * pages set with the `accent` attribute, the rule the element applies itself once its script runs.
 */
export function shadowStylesheet(tag: string, accents: Iterable<string> = []): string {
  const element = customElements.get(tag) as typeof ClinicElement | undefined;
  if (!element) throw new Error(`${tag} is not one of the elements (${TAGS.join(', ')})`);

  const styles = element.elementStyles.map((style) => ('cssText' in style ? style.cssText : ''));
  const accentRules = [...accents]
    .filter((accent) => colour.test(accent))
    .map(
      (accent) => `:host([accent="${accent.replace(/["\\]/g, '\\$&')}" i]) { --clinic-accent: ${accent} !important; }`,
    );
  return [`/* ${tag}: the styles of its pre-rendered shadow root. Generated by clinic-elements prerender. */`]
    .concat(styles, PRERENDERED, accentRules)
    .join('\n');
}
