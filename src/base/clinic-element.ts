import {
  adoptStyles,
  html,
  isServer,
  LitElement,
  type PropertyDeclarations,
  type PropertyValues,
  ReactiveElement,
  type TemplateResult,
} from 'lit';
import type { ContentController, ContentStatus } from '../content/content-controller.js';
import type { ContentError } from '../content/errors.js';
import { reportAttribute } from '../content/events.js';
import { quote } from '../content/schema.js';
import { tokens } from '../styles/tokens.js';
import type { Labels } from '../content/labels.js';
import { contentLabels } from './locale.js';
import { hostStyles } from './host.styles.js';
import { writeStructuredData } from './structured-data.js';

type Hydrate = typeof import('./take-over.js').hydrate;

/** Whether this runs on a server, under Lit's SSR (Lit's Node build says so; its browser build, never). */
const onServer: boolean = isServer;

/** What an object becomes as an attribute's value. */
const OBJECT_AS_TEXT = '[object Object]';

/**
 * What the four elements share: the content properties, the accent colour, the states shown to CSS, the rendering
 * of loading and error states around the author's fallback markup, and the take-over of a pre-rendered shadow root.
 *
 * Each element class finalizes itself where it is declared (`static { this.finalize(); }`), so that its property
 * accessors are on the prototype before the tag is registered, as decorators would put them: `@lit/react`
 * (clinic-elements/react) sets as properties only the props it finds there, and an app may register the tags after
 * its first render, or render them on a server where they are never registered. Lit alone would make them at
 * registration.
 *
 * @cssstate loading - The content is on its way: the fallback markup shows, in a box that keeps the content's room.
 * @cssstate ready - The content is shown.
 * @cssstate error - The content could not be shown: the fallback markup stays.
 * @cssproperty --clinic-reserved-height - Height kept while the content loads. Default: the page stylesheet's
 *   measured height, else the element's own estimate.
 */
export abstract class ClinicElement<Content> extends LitElement {
  static override properties: PropertyDeclarations = {
    src: {},
    content: { attribute: false },
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    accent: {},
    timeout: { type: Number },
    structuredData: { type: Boolean, attribute: 'structured-data' },
  };

  static override styles = [tokens, hostStyles];

  /** URL of a JSON file with the content, or a collection of contents. */
  declare src: string | null;
  /** The content as an object; wins over an inline script and over `src`. */
  declare content: Content | undefined;
  /** Replaces the content's title. */
  declare heading: string | null;
  /** Level of the element's main heading, 1–6. */
  declare headingLevel: 1 | 2 | 3 | 4 | 5 | 6 | '1' | '2' | '3' | '4' | '5' | '6' | null;
  /** A CSS colour for `--clinic-accent`; text on it stays readable whatever the colour. */
  declare accent: string | null;
  /** How long to wait for `src`, in milliseconds. */
  declare timeout: number;
  /** Writes the schema.org data (JSON-LD) of the content into the element, for search engines: the card, the CTA. */
  declare structuredData: boolean;

  protected readonly internals = this.attachInternals();
  protected abstract readonly data: ContentController<Content>;
  #accentSheet?: CSSStyleSheet;

  constructor() {
    super();
    this.src = this.heading = this.headingLevel = this.accent = null;
    this.timeout = 10_000;
    this.structuredData = false;
    this.addController({ hostUpdated: () => this.#describe() });
  }

  /** The content whose schema.org data is in the element (written by it, or by the pre-renderer). */
  #described?: Content;

  #describe() {
    const { status, value } = this.data;
    if (!this.structuredData || status != 'ready' || value === this.#described) return;
    const first = this.#described === undefined;
    this.#described = value;
    // A pre-rendered element has its data in the page already.
    if (first && this.querySelector(':scope > script[type="application/ld+json"]')) return;
    void this.schemaOrg(document.baseURI)?.then((data) => writeStructuredData(this, data));
  }

  /**
   * The schema.org data (JSON-LD) of the content shown, for the elements that have it (the card, the CTA), with
   * relative URLs resolved against `base` when given; the pre-renderer writes it into the page.
   */
  schemaOrg(base?: string): Promise<unknown> | undefined {
    const value = this.data.value;
    return value === undefined ? undefined : this.describe(value, base);
  }

  /** The element's schema.org data for `content`, from a chunk of its own; none by default. */
  protected describe(_content: Content, _base?: string): Promise<unknown> | undefined {
    return undefined;
  }

  /** `idle`, `loading`, `ready` or `error`; also shown to CSS as `:state(loading|ready|error)`. */
  get status(): ContentStatus {
    return this.data.status;
  }

  /** Why the content could not be shown, when `status` is `error`. */
  get error(): ContentError | undefined {
    return this.data.error;
  }

  /**
   * Whether this render must be the server's own: on a server, and on the client while it takes over what a server
   * rendered. It knows no visitor: no clock (opening hours are the weekly schedule), no page address (no UTM), no
   * answers; the render that follows brings those in.
   */
  protected get rendersAsServer() {
    return onServer || this.#asServer;
  }

  /** Called with new content before it renders: an element adopts what belongs to it (a checklist, its answers). */
  protected adoptContent(_content: Content): void {}

  /** Before a pre-rendered element is taken over: it reads what the visitor did meanwhile (a box ticked). */
  protected beforeTakeOver(): void {}

  /** The content last given to `adoptContent`. */
  #adopted?: Content;
  /** On a pre-rendered element, Lit's hydration, loading, then loaded; gone once the element has taken over. */
  #takingOver?: Promise<Hydrate>;
  #hydrate?: Hydrate;
  #asServer = false;

  /** A shadow root the pre-renderer put in the page (declarative shadow DOM) is taken over, not rendered again. */
  protected override createRenderRoot() {
    if (!this.shadowRoot || onServer) return super.createRenderRoot();
    this.#takingOver = import('./take-over.js').then((module) => module.hydrate);
    return this.shadowRoot;
  }

  /** The first update of a pre-rendered element waits for the hydration chunk; every other goes at once. */
  protected override scheduleUpdate() {
    if (!this.#takingOver || this.#hydrate) return super.scheduleUpdate();
    return this.#takingOver.then((hydrate) => {
      this.#hydrate = hydrate;
      return super.scheduleUpdate();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (!onServer && !this.hasUpdated && this.hasAttribute('content')) this.#reportContentAttribute();
    // A server (Lit's SSR) runs no controller before it renders: the content is resolved here, from what the
    // pre-renderer read. There, the accent comes from the linked stylesheet.
    if (onServer) {
      this.data.hostUpdate();
      this.#adopt();
    } else if (changed.has('accent')) this.#applyAccent();
  }

  protected override update(changed: PropertyValues<this>) {
    this.#adopt();
    const status = this.data.status;
    if (this.#hydrate && (status == 'idle' || status == 'loading')) {
      // Until its content is in, a pre-rendered element keeps what the server wrote.
      (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update.call(this, changed);
      return;
    }
    if (this.#hydrate) this.#takeOver();
    super.update(changed);
  }

  /**
   * Takes over the server's DOM: hydrates it with the server's own render (so that Lit finds what it expects), then
   * the ordinary render brings the visitor's state in, within the same task, so nothing shows in between. Content
   * that failed here, where it rendered on the server, shows the fallback as it would have.
   */
  #takeOver() {
    const hydrate = this.#hydrate!;
    this.#hydrate = this.#takingOver = undefined;
    const root = this.renderRoot as ShadowRoot;
    if (this.data.status != 'ready') {
      root.replaceChildren();
      adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
      return;
    }
    this.beforeTakeOver();
    this.#asServer = true;
    const asServer = this.render();
    this.#asServer = false;
    this.renderOptions.isConnected = this.isConnected;
    hydrate(asServer, root, this.renderOptions);
  }

  #adopt() {
    const value = this.data.value;
    if (value === undefined || value === this.#adopted) return;
    this.#adopted = value;
    // The content's own words for this element, over the built-in and registered ones (base/locale.ts). Without
    // them, the element shares the words worked out for its language.
    const labels = (value as { labels?: Labels<Record<string, string>> }).labels;
    if (labels) contentLabels.set(this, labels);
    else contentLabels.delete(this);
    this.adoptContent(value);
  }

  /**
   * `content` is a property only. A framework that renders the tag before it is registered (React 19's plain JSX,
   * Vue's `:content`) finds no property there and writes the object as an attribute, `content="[object Object]"`,
   * which nothing can read back: the element says so, and what to do, rather than stay blank without a word.
   */
  #reportContentAttribute() {
    const value = this.getAttribute('content')!;
    reportAttribute(
      this,
      'content',
      value == OBJECT_AS_TEXT
        ? `${quote(value)}: an object set before the tag was registered became an attribute; register the tag first ` +
            `(import 'clinic-elements/define'), or set the property (clinic-elements/react, Vue's :content.prop)`
        : 'is read as a property, not an attribute: set the property, or put the JSON in a ' +
            '<script type="application/json"> inside the tag',
    );
  }

  protected override render() {
    const { status, value } = this.data;
    // The author's fallback markup stays visible until content renders; while loading, the host keeps the space
    // (host.styles.ts).
    return status === 'ready' ? this.renderContent(value!) : html`<slot></slot>`;
  }

  protected abstract renderContent(content: Content): TemplateResult;

  /** Sets `--clinic-accent` from a stylesheet of our own: no `style` attribute, so CSP allows it. */
  #applyAccent() {
    const accent = this.accent?.trim();
    const valid = !accent || CSS.supports('color', accent);
    if (!valid) reportAttribute(this, 'accent', `${quote(accent)} is not a CSS colour`);
    if (!accent && !this.#accentSheet) return;
    if (!this.#accentSheet) {
      const root = this.renderRoot as ShadowRoot;
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, (this.#accentSheet = new CSSStyleSheet())];
    }
    // important: the marketer's attribute is the last word, over the page's own CSS.
    this.#accentSheet.replaceSync(valid && accent ? `:host{--clinic-accent:${accent}!important}` : '');
  }
}
