/**
 * `<clinic-configurator>`: a page where a marketer picks an element, fills in its content in a form generated from its
 * JSON Schema, sets its attributes, sees it live at three widths and copies the embed code. A page, not part of the
 * library: it is bundled on its own (scripts/configurator.js) and adds nothing to dist/clinic-elements.js.
 *
 * It renders into the light DOM so that the page's stylesheet (configurator.css) styles it: no inline style anywhere,
 * and the page runs under the same strict CSP and Trusted Types as the demo.
 */
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { errorLine } from '../../src/content/events.js';
import { ContentError } from '../../src/content/errors.js';
import {
  type AttributeField,
  attributeFields,
  DEFAULT_ACCENT,
  hexToRgb,
  type Manifest,
  OPT_IN_VALUES,
  textOnAccent,
} from './attribute-fields.js';
import { type ElementKind, elementKinds, kindNamed, kindOfTag } from './element-kinds.js';
import { contentSchema, emptyValue, type JsonSchema, withAbsoluteUrls } from './json-schema.js';
import { contentHeight, PREVIEW_WIDTHS, type PreviewState, showInFrame } from './preview-frames.js';
import { loadLocally, type SavedState, saveLocally, stateFromHash, stateHash } from './saved-state.js';
import { humanize, SchemaForm } from './schema-form.js';
import { type Attributes, inlineSnippet, readSnippet, srcSnippet } from './snippet.js';

/** Where the preview's content comes from in the console line the element would log. */
const INLINE_SOURCE = 'inline JSON';
/** Width the three previews need side by side, unscaled, with their gaps. */
const PREVIEWS_WIDTH = PREVIEW_WIDTHS.reduce((sum, { width }) => sum + width, 0) + 2 * 16;
/** Below this the previews would be too small to read: they keep it and the strip scrolls sideways. */
const SMALLEST_PREVIEW_SCALE = 0.4;

/** How long typing must pause before the address is rewritten with the state. */
const HASH_DELAY_MS = 400;
/** What can take the keyboard's focus in the form. */
const CONTROLS = 'input, select, textarea, button:not(:disabled)';

type Json = Record<string, unknown>;

/** A way to start: nothing, a preset, an entry of the demo's content, or what the marketer pasted. */
interface StartingPoint {
  value: string;
  label: string;
  content?: unknown;
}

export class ClinicConfigurator extends LitElement {
  static override properties: PropertyDeclarations = {
    root: {},
    kind: { state: true },
    content: { state: true },
    attributeValues: { state: true },
    error: { state: true },
    stale: { state: true },
    ready: { state: true },
    startChoice: { state: true },
    startMessage: { state: true },
    embedMode: { state: true },
    fileName: { state: true },
    copyMessage: { state: true },
    bundleBase: { state: true },
    presets: { state: true },
    seeds: { state: true },
  };

  /** Where the library's files are (dist/, schemas/, presets/, stories/), relative to the page. */
  declare root: string;
  declare kind: ElementKind;
  declare content: unknown;
  declare attributeValues: Attributes;
  declare error?: { path: string; line: string };
  /** The content has a problem: the preview still shows the last valid content. */
  declare stale: boolean;
  declare ready: boolean;
  declare startChoice: string;
  declare startMessage: string;
  declare embedMode: 'inline' | 'src';
  declare fileName: string;
  declare copyMessage: string;
  declare bundleBase: string;
  declare presets: { file: string; kind: string; title: string; content: unknown }[];
  declare seeds: Map<string, unknown[]>;

  #schemas = new Map<string, JsonSchema>();
  #manifest?: Manifest;
  /** The last content that passed the element's own validator, as JSON text: what the previews show. */
  #lastValid?: PreviewState;
  #pendingFocus?: string;
  #hashWrite = Promise.resolve();
  #hashTimer?: ReturnType<typeof setTimeout>;
  // Sized in the next frame, not in the observer's callback: resizing a frame there would be observed in the same
  // round, which browsers report as a ResizeObserver loop error.
  #frameHeights = new ResizeObserver(() => requestAnimationFrame(() => this.#fitFrames()));

  constructor() {
    super();
    this.root = '../../';
    this.kind = elementKinds[0]!;
    this.content = {};
    this.attributeValues = {};
    this.stale = false;
    this.ready = false;
    this.startChoice = 'empty';
    this.startMessage = '';
    this.embedMode = 'inline';
    this.fileName = '';
    this.copyMessage = '';
    this.bundleBase = '';
    this.presets = [];
    this.seeds = new Map();
  }

  protected override createRenderRoot() {
    this.replaceChildren(); // the page's "needs JavaScript" note
    return this;
  }

  #url(path: string) {
    return new URL(this.root + path, document.baseURI).href;
  }

  async #json(path: string): Promise<unknown> {
    const response = await fetch(this.#url(path));
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return response.json();
  }

  override connectedCallback() {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
    void this.#load();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
    clearTimeout(this.#hashTimer);
    this.#frameHeights.disconnect();
  }

  async #load() {
    this.bundleBase = this.#url('dist/');
    const [manifest] = await Promise.all([
      this.#json('custom-elements.json'),
      ...elementKinds.map(async ({ name }) =>
        this.#schemas.set(name, (await this.#json(`schemas/${name}.schema.json`)) as JsonSchema),
      ),
    ]);
    this.#manifest = manifest as Manifest;
    await this.#loadStartingPoints();
    const saved = (await stateFromHash(location.hash)) ?? loadLocally();
    if (saved) this.#apply(saved);
    else this.#startFromDemo();
    this.ready = true;
  }

  /** The presets (listed by the index scripts/configurator.js writes from presets/) and the demo's content. */
  async #loadStartingPoints() {
    const files = (await this.#json('stories/configurator/build/presets.json')) as string[];
    this.presets = await Promise.all(
      files.map(async (file) => {
        const content = (await this.#json(`presets/${file}`)) as Json;
        const kind = elementKinds.find(({ name }) => String(content.$schema).includes(`${name}.schema`));
        return {
          file,
          kind: kind?.name ?? '',
          title: typeof content.title == 'string' ? content.title : file,
          content,
        };
      }),
    );
    const seeds = new Map<string, unknown[]>();
    await Promise.all(
      elementKinds.map(async (kind) => {
        const file = (await this.#json(`stories/demo/content/${kind.seedFile}`)) as Json;
        const entries = file[kind.collection];
        const demo = this.#url('stories/demo/');
        const absolute = (entry: unknown) => this.#withAbsoluteUrls(kind, entry, demo);
        seeds.set(kind.name, (Array.isArray(entries) ? entries : [file]).map(absolute));
      }),
    );
    this.seeds = seeds;
  }

  /** A shared link opened in a tab that already shows the configurator. */
  #onHashChange = () =>
    void stateFromHash(location.hash).then((saved) => {
      if (saved) this.#apply(saved);
    });

  #apply(saved: SavedState) {
    this.kind = kindNamed(saved.kind);
    this.content = saved.content;
    this.attributeValues = { ...saved.attributes };
    this.#contentChanged();
  }

  #startEmpty(kind: ElementKind) {
    this.kind = kind;
    this.content = emptyValue(this.#schemaOf(kind), {});
    this.attributeValues = {};
    this.#lastValid = undefined;
    this.#contentChanged();
  }

  /** A first visit starts from the demo's first article: a working element to change, rather than empty fields. */
  #startFromDemo() {
    this.startChoice = 'seed:0';
    this.content = structuredClone(this.seeds.get(this.kind.name)?.[0] ?? {});
    delete (this.content as Json).$schema;
    this.#contentChanged();
  }

  #withAbsoluteUrls(kind: ElementKind, content: unknown, base: string) {
    const file = this.#schemas.get(kind.name) ?? {};
    return withAbsoluteUrls(content, contentSchema(file), file, base);
  }

  #schemaOf(kind: ElementKind): JsonSchema {
    return contentSchema(this.#schemas.get(kind.name) ?? {});
  }

  // ---- starting points ----

  #startingPoints(): StartingPoint[] {
    const { name } = this.kind;
    const points: StartingPoint[] = [{ value: 'empty', label: 'An empty form' }];
    for (const preset of this.presets.filter((each) => each.kind == name)) {
      points.push({
        value: `preset:${preset.file}`,
        label: `Preset: ${preset.title}`,
        content: preset.content,
      });
    }
    (this.seeds.get(name) ?? []).forEach((entry, index) => {
      const { title, heading, id } = entry as Json;
      const name = [title, heading, id].find((each): each is string => typeof each == 'string');
      const label = `From the demo: ${name ?? `entry ${index + 1}`}`;
      points.push({ value: `seed:${index}`, label, content: entry });
    });
    points.push({ value: 'paste', label: 'What I paste below (a snippet, JSON, or its address)' });
    return points;
  }

  async #start() {
    const choice = this.startChoice;
    this.startMessage = '';
    try {
      if (choice == 'empty') this.#startEmpty(this.kind);
      else if (choice == 'paste') await this.#startFromPasted();
      else {
        const point = this.#startingPoints().find((each) => each.value == choice);
        const content = structuredClone(point!.content);
        delete (content as Json).$schema;
        this.content = content;
        this.attributeValues = {};
        this.#contentChanged();
      }
      this.startMessage = `Started: ${this.kind.title}. The form below holds its content.`;
    } catch (error) {
      this.startMessage = `Could not start from that: ${(error as Error).message}`;
    }
  }

  async #startFromPasted() {
    const pasted = this.querySelector<HTMLTextAreaElement>('#paste')!.value.trim();
    if (!pasted) throw new Error('the box is empty: paste a snippet, JSON, or the address of a JSON file');
    let kind = this.kind;
    let attributes: Attributes = {};
    let raw: unknown;
    let pick: string | undefined;
    /** The page a fetched file was found from: its relative addresses point from there, as they do on that page. */
    let base: string | undefined;
    if (pasted.startsWith('<')) {
      const snippet = readSnippet(pasted);
      const found = snippet && kindOfTag(snippet.tag);
      if (!snippet || !found) throw new Error('no clinic element (such as <clinic-article-card>) in the snippet');
      kind = found;
      const { src, [kind.pickAttribute]: picked, ...rest } = snippet.attributes;
      pick = picked;
      attributes = Object.fromEntries(Object.entries(rest).map(([name, value]) => [name, value === '' ? true : value]));
      if (snippet.json !== undefined) raw = JSON.parse(snippet.json);
      else if (src) ({ raw, base } = await this.#fetchPasted(src));
      else throw new Error('the element has neither inline JSON nor a src');
    } else if (/^[[{]/.test(pasted)) {
      raw = JSON.parse(pasted);
    } else {
      ({ raw, base } = await this.#fetchPasted(pasted));
    }
    // A collection file: the entry the snippet picked, or the first; its kind from the collection's name.
    const collectionKind = elementKinds.find((each) => Array.isArray((raw as Json | null)?.[each.collection]));
    if (collectionKind) {
      kind = collectionKind;
      const entries = (raw as Json)[kind.collection] as Json[];
      raw = entries.find((entry) => entry.id == pick) ?? entries[0];
    }
    if (!raw || typeof raw != 'object' || Array.isArray(raw)) throw new Error('the JSON is not one content object');
    delete (raw as Json).$schema;
    this.kind = kind;
    this.content = base ? this.#withAbsoluteUrls(kind, raw, base) : raw;
    this.attributeValues = attributes;
    this.#lastValid = undefined;
    this.#contentChanged();
  }

  /** A JSON file a pasted snippet or address names: relative to this page, or else to the demo page's. */
  async #fetchPasted(address: string): Promise<{ raw: unknown; base: string }> {
    for (const base of [location.href, this.#url('stories/demo/')]) {
      const url = new URL(address, base);
      const response = await fetch(url).catch(() => undefined);
      if (response?.ok) return { raw: await response.json(), base };
    }
    throw new Error(`${address} could not be read`);
  }

  // ---- editing ----

  /** The form changed the content in place. */
  changed() {
    this.#contentChanged();
    this.requestUpdate();
  }

  focusAfterUpdate(id: string) {
    this.#pendingFocus = id;
  }

  #contentChanged() {
    try {
      const tested = JSON.parse(JSON.stringify(this.content)) as unknown;
      this.kind.schema.parse(tested, '');
      this.error = undefined;
      this.stale = false;
      this.#lastValid = { tag: this.kind.tag, attributes: this.#elementAttributes(), json: JSON.stringify(tested) };
    } catch (thrown) {
      const error = thrown instanceof ContentError ? thrown : new ContentError('json', String(thrown));
      const line = errorLine(this.kind.tag, { path: error.path, message: error.message, source: INLINE_SOURCE });
      this.error = { path: error.path ?? '', line };
      this.stale = true;
      // The attributes still apply to the last valid content.
      if (this.#lastValid?.tag == this.kind.tag) this.#lastValid.attributes = this.#elementAttributes();
      else this.#lastValid = undefined;
    }
    this.#save();
    this.#showPreviews();
  }

  #setAttribute(name: string, value: string | boolean) {
    const others = Object.entries(this.attributeValues).filter(([key]) => key != name);
    const unset = value === '' || value === false;
    this.attributeValues = Object.fromEntries<string | true>(unset ? others : [...others, [name, value]]);
    this.#contentChanged();
  }

  /** The attributes the element gets: a copy, so that the preview's state does not change under it. */
  #elementAttributes(): Attributes {
    return { ...this.attributeValues };
  }

  #save() {
    const state: SavedState = { kind: this.kind.name, content: this.content, attributes: this.attributeValues };
    saveLocally(state);
    // The address follows once typing pauses: browsers limit how often a page may rewrite it (WebKit: 100 times in
    // 10 s). One write after another, so the newest state is the one the address keeps.
    clearTimeout(this.#hashTimer);
    this.#hashTimer = setTimeout(() => this.#writeHash(state), HASH_DELAY_MS);
  }

  #writeHash(state: SavedState) {
    this.#hashTimer = undefined;
    this.#hashWrite = this.#hashWrite.then(async () => {
      const hash = await stateHash(state);
      if (this.isConnected) history.replaceState(null, '', hash); // a configurator taken off the page keeps quiet
    });
  }

  // ---- preview ----

  #frames() {
    return [...this.querySelectorAll<HTMLIFrameElement>('.preview iframe')];
  }

  #showPreviews() {
    const state = this.#lastValid;
    if (!state) return;
    for (const frame of this.#frames()) {
      if (frame.contentDocument?.readyState == 'complete') showInFrame(frame, state);
    }
  }

  #onFrameLoad(event: Event) {
    const frame = event.target as HTMLIFrameElement;
    if (this.#lastValid) showInFrame(frame, this.#lastValid);
    const page = frame.contentDocument?.documentElement;
    if (page) this.#frameHeights.observe(page);
    this.#fitFrames();
  }

  /** Each frame as tall as its page, all three scaled alike to fit the preview's width. */
  #fitFrames() {
    const strip = this.querySelector<HTMLElement>('.previews');
    if (!strip) return;
    const scale = Math.max(SMALLEST_PREVIEW_SCALE, Math.min(1, strip.clientWidth / PREVIEWS_WIDTH));
    strip.style.setProperty('--preview-scale', String(scale));
    for (const frame of this.#frames()) {
      const height = contentHeight(frame);
      if (!height) continue;
      frame.height = String(height);
      frame.parentElement!.style.setProperty('--frame-height', `${height}px`);
    }
  }

  // ---- output ----

  #snippet(): string {
    const attributes = this.#elementAttributes();
    if (this.embedMode == 'src') return srcSnippet(this.bundleBase, this.kind.tag, attributes, this.#fileName());
    return inlineSnippet(this.bundleBase, this.kind.tag, attributes, this.content);
  }

  #fileName() {
    const id = (this.content as Json | null)?.id;
    return this.fileName || `${typeof id == 'string' && id ? id : this.kind.name}.json`;
  }

  async #copy() {
    const box = this.querySelector<HTMLTextAreaElement>('#embed-code')!;
    try {
      await navigator.clipboard.writeText(box.value);
      this.copyMessage = 'Copied. Paste it into your page where the element should appear.';
    } catch {
      // No clipboard access (an older browser, or a page without permission): select it for Ctrl+C.
      box.focus();
      box.select();
      this.copyMessage = 'The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.';
    }
  }

  #download() {
    const blob = new Blob([JSON.stringify(this.content, null, 2) + '\n'], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = this.#fileName();
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href));
  }

  async #copyLink() {
    if (this.#hashTimer !== undefined) {
      clearTimeout(this.#hashTimer);
      this.#writeHash({ kind: this.kind.name, content: this.content, attributes: this.attributeValues });
    }
    await this.#hashWrite;
    try {
      await navigator.clipboard.writeText(location.href);
      this.copyMessage = 'Link copied: it opens this configurator with your work. Nothing is stored on a server.';
    } catch {
      this.copyMessage = `Copy this address to share your work: ${location.href}`;
    }
  }

  // ---- rendering ----

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    if (this.#pendingFocus) {
      // The control itself, or the first control in the group of fields that id names.
      const target = document.getElementById(this.#pendingFocus);
      const control = target?.matches(CONTROLS) ? target : target?.querySelector<HTMLElement>(CONTROLS);
      control?.focus();
      this.#pendingFocus = undefined;
    }
    this.#fitFrames();
  }

  protected override render() {
    if (!this.ready) return html`<p class="loading" role="status">Loading the configurator…</p>`;
    return html`
      <div class="layout">
        <div class="editor">
          ${this.#renderStart()}
          <section aria-labelledby="content-heading">
            <h2 id="content-heading">2. Content</h2>
            <p class="hint">Fields marked (optional) may be left empty.</p>
            <div class="content-form">
              ${new SchemaForm(this, this.#schemas.get(this.kind.name)!, this.#schemaOf(this.kind)).render()}
            </div>
          </section>
          ${this.#renderAttributes()}
        </div>
        <div class="output">${this.#renderPreview()} ${this.#renderEmbed()}</div>
      </div>
    `;
  }

  #renderStart() {
    const pickKind = (event: Event) => {
      const kind = kindNamed((event.target as HTMLInputElement).value);
      this.startChoice = 'empty';
      this.#startEmpty(kind);
    };
    return html`<section aria-labelledby="start-heading">
      <h2 id="start-heading">1. Choose an element</h2>
      <fieldset class="kinds">
        <legend>Element</legend>
        ${elementKinds.map(
          (kind) =>
            html`<span class="choice">
              <input
                type="radio"
                name="kind"
                id="kind-${kind.name}"
                value=${kind.name}
                .checked=${live(kind == this.kind)}
                @change=${pickKind}
              /><label for="kind-${kind.name}">${kind.title}</label>
            </span>`,
        )}
      </fieldset>
      <div class="field">
        <label for="start-from">Start from</label>
        <select
          id="start-from"
          @change=${(event: Event) => (this.startChoice = (event.target as HTMLSelectElement).value)}
        >
          ${this.#startingPoints().map(
            (point) =>
              html`<option value=${point.value} ?selected=${point.value == this.startChoice}>${point.label}</option>`,
          )}
        </select>
      </div>
      ${
        this.startChoice == 'paste'
          ? html`<div class="field">
              <label for="paste">Paste a snippet, JSON, or the address of a JSON file</label>
              <textarea id="paste" rows="4" spellcheck="false" aria-describedby="paste-hint"></textarea>
              <p class="hint" id="paste-hint">Read as text only: nothing you paste is run.</p>
            </div>`
          : nothing
      }
      <button type="button" id="start" @click=${() => void this.#start()}>Start</button>
      <p class="status" role="status">${this.startMessage}</p>
    </section>`;
  }

  #renderAttributes() {
    const fields = this.#manifest ? attributeFields(this.#manifest, this.kind.tag, this.kind.pickAttribute) : [];
    return html`<section aria-labelledby="attributes-heading">
      <h2 id="attributes-heading">3. Look and behaviour</h2>
      ${fields.map((field) => this.#renderAttribute(field))}
    </section>`;
  }

  #renderAttribute(field: AttributeField) {
    const id = `attribute-${field.name}`;
    const value = this.attributeValues[field.name];
    const text = typeof value == 'string' ? value : '';
    const hint = html`<p class="hint" id="${id}-hint">${field.description}</p>`;
    // The attribute's name in words, then as the code writes it: "Heading level (heading-level)".
    const label = html`${humanize(field.name.replaceAll('-', ' '))} <code>${field.name}</code>`;
    const onInput = (event: Event) => this.#setAttribute(field.name, (event.target as HTMLInputElement).value);
    switch (field.control) {
      case 'colour': {
        const rgb = hexToRgb(text || DEFAULT_ACCENT);
        const contrast = rgb && textOnAccent(rgb);
        return html`<div class="field colour" data-attribute=${field.name}>
          <label for=${id}>${label}</label>
          <span class="colour-inputs">
            <input
              type="color"
              id="${id}-picker"
              aria-label="${humanize(field.name)}: pick a colour"
              .value=${live(rgb ? (text || DEFAULT_ACCENT).toLowerCase() : DEFAULT_ACCENT)}
              @input=${onInput}
            />
            <input
              id=${id}
              type="text"
              placeholder=${DEFAULT_ACCENT}
              .value=${live(text)}
              aria-describedby="${id}-hint ${id}-contrast"
              @input=${onInput}
            />
          </span>
          ${hint}
          <p class="contrast" id="${id}-contrast" aria-live="polite">
            ${
              contrast
                ? `Text on this colour: ${contrast.text}, contrast ${contrast.ratio.toFixed(2)}:1 ` +
                  '(at least 4.5:1 needed).'
                : 'Write the colour as #rrggbb to see the contrast of the text on it.'
            }
          </p>
        </div>`;
      }
      case 'opt-in':
        return html`<div class="field checkbox" data-attribute=${field.name}>
          <input
            type="checkbox"
            id=${id}
            .checked=${live(value == OPT_IN_VALUES[field.name])}
            aria-describedby="${id}-hint"
            @change=${(event: Event) =>
              this.#setAttribute(field.name, (event.target as HTMLInputElement).checked && OPT_IN_VALUES[field.name]!)}
          />
          <label for=${id}>${label}: opt in</label>
          <p class="hint privacy" id="${id}-hint">Privacy: ${field.description}</p>
        </div>`;
      case 'yes-no':
        return html`<div class="field checkbox" data-attribute=${field.name}>
          <input
            type="checkbox"
            id=${id}
            .checked=${live(value === true)}
            aria-describedby="${id}-hint"
            @change=${(event: Event) => this.#setAttribute(field.name, (event.target as HTMLInputElement).checked)}
          />
          <label for=${id}>${label}</label>${hint}
        </div>`;
      case 'choice':
        return html`<div class="field" data-attribute=${field.name}>
          <label for=${id}>${label}</label>
          <select id=${id} aria-describedby="${id}-hint" @change=${onInput}>
            <option value="" ?selected=${!text}>Default${field.default ? ` (${field.default})` : ''}</option>
            ${field.options!.map(
              (option) => html`<option value=${option} ?selected=${option == text}>${option}</option>`,
            )}
          </select>
          ${hint}
        </div>`;
      default:
        return html`<div class="field" data-attribute=${field.name}>
          <label for=${id}>${label}</label>
          <input
            id=${id}
            type=${field.control == 'number' ? 'number' : 'text'}
            list=${field.options ? `${id}-choices` : nothing}
            .value=${live(text)}
            aria-describedby="${id}-hint"
            @input=${onInput}
          />
          ${
            field.options
              ? html`<datalist id="${id}-choices">
                  ${field.options.map((option) => html`<option value=${option}></option>`)}
                </datalist>`
              : nothing
          }
          ${hint}
        </div>`;
    }
  }

  #renderPreview() {
    const previewUrl = this.#url('stories/configurator/preview.html');
    return html`<section aria-labelledby="preview-heading" class="preview ${this.stale ? 'stale' : ''}">
      <h2 id="preview-heading">Preview</h2>
      <p class="preview-status" role="status">
        ${
          this.stale
            ? this.#lastValid
              ? html`<strong>Not up to date:</strong> showing the last version without problems. ${this.error?.line}`
              : html`<strong>Nothing to show yet:</strong> ${this.error?.line}`
            : 'Up to date.'
        }
      </p>
      <div class="previews" role="region" aria-label="Previews at three widths" tabindex="0">
        ${PREVIEW_WIDTHS.map(
          ({ name, width }) =>
            html`<figure class="frame-box ${name}">
              <figcaption>${name}, ${width} px</figcaption>
              <div class="frame-clip">
                <iframe
                  src=${previewUrl}
                  width=${width}
                  height="300"
                  title="Preview at ${name} width, ${width} pixels"
                  tabindex="-1"
                  @load=${this.#onFrameLoad}
                ></iframe>
              </div>
            </figure>`,
        )}
      </div>
    </section>`;
  }

  #renderEmbed() {
    const pickMode = (event: Event) => (this.embedMode = (event.target as HTMLInputElement).value as 'inline' | 'src');
    return html`<section aria-labelledby="embed-heading">
      <h2 id="embed-heading">4. Embed code</h2>
      <fieldset class="embed-modes">
        <legend>Content</legend>
        <span class="choice">
          <input
            type="radio"
            name="embed"
            id="embed-inline"
            value="inline"
            .checked=${live(this.embedMode == 'inline')}
            @change=${pickMode}
          />
          <label for="embed-inline">In the code (one piece to paste)</label>
        </span>
        <span class="choice">
          <input
            type="radio"
            name="embed"
            id="embed-src"
            value="src"
            .checked=${live(this.embedMode == 'src')}
            @change=${pickMode}
          />
          <label for="embed-src">In a JSON file of its own (the element reads it with src)</label>
        </span>
      </fieldset>
      ${
        this.embedMode == 'src'
          ? html`<div class="field">
              <label for="file-name">Address of the JSON file on your site</label>
              <input
                id="file-name"
                type="text"
                .value=${live(this.#fileName())}
                @input=${(event: Event) => (this.fileName = (event.target as HTMLInputElement).value)}
              />
            </div>`
          : nothing
      }
      ${
        this.error
          ? html`<p class="error" id="embed-warning">This code holds content with a problem: ${this.error.line}</p>`
          : nothing
      }
      <label for="embed-code">Embed code</label>
      <textarea
        id="embed-code"
        readonly
        rows="12"
        spellcheck="false"
        aria-describedby=${this.error ? 'embed-warning' : nothing}
        .value=${live(this.#snippet())}
      ></textarea>
      <div class="actions">
        <button type="button" id="copy" @click=${() => void this.#copy()}>Copy</button>
        ${
          this.embedMode == 'src'
            ? html`<button type="button" id="download" @click=${() => this.#download()}>
                Download ${this.#fileName()}
              </button>`
            : nothing
        }
        <button type="button" id="copy-link" @click=${() => void this.#copyLink()}>Copy a link to this work</button>
      </div>
      <p class="status" role="status" id="copy-status">${this.copyMessage}</p>
      <div class="field">
        <label for="bundle-base">Address of the folder with clinic-elements.js</label>
        <input
          id="bundle-base"
          type="text"
          .value=${live(this.bundleBase)}
          @input=${(event: Event) => (this.bundleBase = (event.target as HTMLInputElement).value)}
        />
      </div>
      <p class="hint">Your work stays in this browser and in the link; nothing is sent anywhere.</p>
    </section>`;
  }
}

if (!customElements.get('clinic-configurator')) customElements.define('clinic-configurator', ClinicConfigurator);

declare global {
  interface HTMLElementTagNameMap {
    'clinic-configurator': ClinicConfigurator;
  }
}
