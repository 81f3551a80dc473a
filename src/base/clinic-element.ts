import { html, LitElement, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { ContentController, ContentStatus } from '../content/content-controller.js';
import type { ContentError } from '../content/errors.js';
import { reportAttribute } from '../content/events.js';
import { quote } from '../content/schema.js';
import { tokens } from '../styles/tokens.js';
import { hostStyles } from './host.styles.js';

/** What an object becomes as an attribute's value. */
const OBJECT_AS_TEXT = '[object Object]';

/**
 * What the four elements share: the content properties, the accent colour, the states shown to CSS
 * and the rendering of loading and error states around the author's fallback markup. *
 * Each element class finalizes itself where it is declared (`static { this.finalize(); }`), so that its property
 * accessors are on the prototype before the tag is registered, as decorators would put them: `@lit/react`
 * (clinic-elements/react) sets as properties only the props it finds there, and an app may register the tags after
 * its first render, or render them on a server where they are never registered. Lit alone would make them at
 * registration.
 */
export abstract class ClinicElement<Content> extends LitElement {
  static override properties: PropertyDeclarations = {
    src: {},
    content: { attribute: false },
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    accent: {},
    timeout: { type: Number },
  };

  static override styles = [tokens, hostStyles];

  /** URL of a JSON file with the content, or a collection of contents. */
  declare src: string | null;
  /** The content as an object; wins over an inline script and over `src`. */
  declare content: Content | undefined;
  /** Replaces the content's title. */
  declare heading: string | null;
  /** Level of the element's main heading, 1–6. */
  declare headingLevel: string | number | null;
  /** A CSS colour for `--clinic-accent`; text on it stays readable whatever the colour. */
  declare accent: string | null;
  /** How long to wait for `src`, in milliseconds. */
  declare timeout: number;

  protected readonly internals = this.attachInternals();
  protected abstract readonly data: ContentController<Content>;
  #accentSheet?: CSSStyleSheet;

  constructor() {
    super();
    this.src = this.heading = this.headingLevel = this.accent = null;
    this.timeout = 10_000;
  }

  /** `idle`, `loading`, `ready` or `error`; also shown to CSS as `:state(loading|ready|error)`. */
  get status(): ContentStatus {
    return this.data.status;
  }

  /** Why the content could not be shown, when `status` is `error`. */
  get error(): ContentError | undefined {
    return this.data.error;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (!this.hasUpdated && this.hasAttribute('content')) this.#reportContentAttribute();
    if (changed.has('accent')) this.#applyAccent();
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
