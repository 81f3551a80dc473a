import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { track } from '../../base/analytics.js';
import { HostState } from '../../base/host-state.js';
import { localize, type Phrase, type Said, type WordTables } from '../../base/locale.js';
import { bookingFrameEnglish, consultCtaEnglish } from './consult-cta.words.js';

/** The frame's words, with the CTA's `close`. */
const bookingFrameWordsEnglish = { close: consultCtaEnglish.close, ...bookingFrameEnglish };
import type { ConsultCtaContent, PrefillField } from './consult-cta.schema.js';
import { type BookingProvider, ClinicBookingCompleteEvent } from './consult-cta.events.js';
import { bookingFrameStyles } from './booking-frame.styles.js';

/**
 * The booking page in the CTA itself, in a chunk of its own that only content with `booking.open` "popup" or
 * "inline" loads: the scheduler in an `iframe`, in a modal `<dialog>` or in the card, its URL built as the provider's
 * own embed builds it, sized by the provider's messages, and the provider's "booking made" message counted once. A
 * message counts only if it comes from that `iframe`'s window and from the booking page's origin. Nothing of the
 * provider's own script is loaded.
 */

type Booking = NonNullable<ConsultCtaContent['booking']>;
type FrameState = 'closed' | 'loading' | 'ready' | 'failed';

/** What the frame needs of the element it is in. */
export interface BookingHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** `datalayer` to push the generic booking event. */
  analytics: string | null;
  /** How long to wait for the booking page to load, in milliseconds, before offering a new tab. */
  bookingTimeout: number;
}

/** Hosts whose scheduler the CTA knows, when the content does not name the provider. */
const providerHosts: [pattern: RegExp, provider: BookingProvider][] = [
  [/(^|\.)calendly\.com$/, 'calendly'],
  [/(^|\.)cal\.com$/, 'calcom'],
];

export function providerOf(booking: Booking, url: URL): BookingProvider {
  return booking.provider ?? providerHosts.find(([pattern]) => pattern.test(url.hostname))?.[1] ?? 'other';
}

/**
 * Each provider's names for what the visitor gave: Calendly's prefill (`name`, `email`, and `a1`, the answer to the
 * event's first question) and Cal.com's booking fields (`name`, `email`, `notes`).
 */
const prefillNames: Record<BookingProvider, Record<PrefillField, string>> = {
  calendly: { name: 'name', email: 'email', symptoms: 'a1' },
  calcom: { name: 'name', email: 'email', symptoms: 'notes' },
  other: { name: 'name', email: 'email', symptoms: 'notes' },
};

/**
 * The URL to frame, built as the provider's own embed builds it: Calendly's widget adds `embed_domain` and
 * `embed_type`; Cal.com's embed frames `<link>/embed` with `embed` (its namespace, empty for the default one) and
 * `embedType`, on app.cal.com rather than cal.com. Undefined when the page cannot be framed here: not http(s), or
 * plain http on an https page (mixed content).
 */
export function embedUrl(
  href: string,
  provider: BookingProvider,
  popup: boolean,
  prefill: [name: string, value: string][],
): URL | undefined {
  const url = new URL(href, document.baseURI);
  const mixed = url.protocol == 'http:' && location.protocol == 'https:';
  if (!/^https?:$/.test(url.protocol) || mixed) return undefined;
  if (provider == 'calendly') {
    url.searchParams.set('embed_domain', location.host);
    url.searchParams.set('embed_type', popup ? 'PopupText' : 'Inline');
  } else if (provider == 'calcom') {
    if (url.origin == 'https://cal.com') url.host = 'app.cal.com';
    if (!url.pathname.endsWith('/embed')) url.pathname = url.pathname.replace(/\/?$/, '/embed');
    url.searchParams.set('embed', '');
    url.searchParams.set('embedType', popup ? 'modal' : 'inline');
  }
  for (const [name, value] of prefill) if (value) url.searchParams.set(name, value);
  return url;
}

/** What a provider's message means to us: a booking made, a new height, a page ready to be shown, or a failure. */
type Meaning = { booked: string | true } | { height: number } | { ready: true } | { failed: true } | undefined;

/** Calendly: `{ event: 'calendly.event_scheduled', payload }`; `calendly.page_height` with `{ height: '812px' }`. */
function calendlyMeaning(data: { event?: unknown; payload?: { height?: unknown } }): Meaning {
  if (data.event == 'calendly.event_scheduled') return { booked: true };
  if (data.event == 'calendly.page_height') return { height: parseFloat(String(data.payload?.height)) };
  return undefined;
}

/**
 * Cal.com: `{ originator: 'CAL', type, data }`. One booking sends `bookingSuccessful` and `bookingSuccessfulV2`,
 * both with the booking's uid, which counts it once; `__dimensionChanged` gives the height; `__iframeReady` asks the
 * page to answer `parentKnowsIframeReady`, before which Cal.com keeps its page hidden.
 */
function calcomMeaning(message: { originator?: unknown; type?: unknown; data?: CalcomData }): Meaning {
  if (message.originator != 'CAL') return undefined;
  const data = message.data ?? {};
  switch (message.type) {
    case 'bookingSuccessful':
    case 'bookingSuccessfulV2':
      return { booked: data.uid ?? data.booking?.uid ?? true };
    case '__dimensionChanged':
      return { height: Number(data.iframeHeight) };
    case '__iframeReady':
      return { ready: true };
    case 'linkFailed':
      return { failed: true };
  }
  return undefined;
}

interface CalcomData {
  uid?: string;
  booking?: { uid?: string };
  iframeHeight?: unknown;
}

function meaningOf(provider: BookingProvider, data: unknown): Meaning {
  if (!data || typeof data != 'object') return undefined;
  if (provider == 'calendly') return calendlyMeaning(data);
  if (provider == 'calcom') return calcomMeaning(data);
  return undefined;
}

/** Cal.com's answer to `__iframeReady`, as its embed sends it. */
const PARENT_KNOWS_IFRAME_READY = { originator: 'CAL', method: 'parentKnowsIframeReady' };

/** The frame's height before the provider says how tall its page is: room for a calendar. */
const MINIMUM_HEIGHT = 640;

const words: WordTables<typeof bookingFrameWordsEnglish> = {
  en: bookingFrameWordsEnglish,
  es: {
    close: 'Cerrar',
    frame: 'Reserva',
    failed: 'La página de reservas no se pudo mostrar aquí.',
    newTab: 'Ábrala en una pestaña nueva',
  },
};

type Words = Said<typeof bookingFrameWordsEnglish>;

export class BookingFrame implements ReactiveController {
  readonly #state: HostState<FrameState>;
  /** The URL framed, or none when the booking page cannot be framed; set when the frame opens. */
  #url?: URL;
  #provider: BookingProvider = 'other';
  #href = '';
  /** The link that opened the dialog, to take focus back when it closes. */
  #opener?: HTMLElement;
  #height = MINIMUM_HEIGHT;
  /** Bookings counted in this frame, by the provider's id for them. */
  #counted = new Set<string>();
  #timer?: ReturnType<typeof setTimeout>;
  #listening?: AbortController;

  constructor(
    private readonly host: BookingHost,
    private readonly popup: boolean,
  ) {
    this.#state = new HostState<FrameState>(host, 'closed');
    host.addController(this);
    const root = host.renderRoot as ShadowRoot;
    const sheet = bookingFrameStyles.styleSheet!;
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  /**
   * Shows the booking page: in the dialog (`opener` gets focus back when it closes), or in the card. `prefill` gives
   * what the visitor typed for each field the content allows to pass on.
   */
  open(booking: Booking, href: string, prefill: (field: PrefillField) => string, opener?: HTMLElement) {
    const url = new URL(href, document.baseURI);
    this.#provider = providerOf(booking, url);
    const names = prefillNames[this.#provider];
    const values = (booking.prefill ?? []).map((field): [string, string] => [names[field], prefill(field)]);
    this.#url = embedUrl(href, this.#provider, this.popup, values);
    this.#href = href;
    this.#opener = opener;
    this.#counted.clear();
    this.#listen();
    this.#state.value = this.#url ? 'loading' : 'failed';
    // A page that cannot be framed opens in a new tab at once, while the visitor's click still allows it; in the card,
    // where no one clicked, the message offers it.
    if (!this.#url && this.popup) window.open(href, '_blank', 'noopener');
    clearTimeout(this.#timer);
    if (this.#url) this.#timer = setTimeout(() => this.#fail(), this.host.bookingTimeout);
    if (this.popup) void this.host.updateComplete.then(() => this.#showModal());
  }

  hostConnected() {
    if (this.#state.value != 'closed') this.#listen();
  }

  hostDisconnected() {
    this.#listening?.abort();
    clearTimeout(this.#timer);
  }

  /** The provider's height, set through the CSSOM (no `style` attribute, which a strict CSP refuses). */
  hostUpdated() {
    this.#find('iframe')?.style.setProperty('block-size', `${this.#height}px`);
  }

  /** The dialog, with the CTA's heading as its title, or the scheduler in the card. */
  render(title: string) {
    const { words: say, phrase } = localize(this.host, words);
    const content = this.#state.value == 'closed' ? nothing : this.#renderFrame(title, say, phrase);
    if (!this.popup) return html`<div part="scheduler" class="scheduler">${content}</div>`;
    return html`
      <dialog part="dialog" aria-labelledby="booking-title" @close=${this.#closed}>
        <div class="dialog-top">
          <p id="booking-title" class="dialog-title">${title}</p>
          <button class="close" aria-label=${say.close} @click=${this.close}>✕</button>
        </div>
        ${content}
      </dialog>
    `;
  }

  /** The frame, or after a failure the message and the link to a new tab. */
  #renderFrame(title: string, say: Words, phrase: Phrase) {
    const failed = this.#state.value == 'failed';
    return html`
      <iframe
        src=${this.#url && !failed ? this.#url.href : nothing}
        title=${`${say.frame}: ${title}`}
        ?hidden=${failed || !this.#url}
        @load=${this.#loaded}
      ></iframe>
      <p part="status" class="status failed" role="status" ?hidden=${!failed}>
        ${phrase(say.failed)}
        <a href=${this.#href} target="_blank" rel="noopener">${phrase(say.newTab)}</a>
      </p>
    `;
  }

  close = () => this.#dialog()?.close();

  /** Opens the dialog, unless the element has left the page while the chunk or the render was on its way. */
  #showModal() {
    const dialog = this.#dialog();
    if (dialog?.isConnected && !dialog.open) dialog.showModal();
  }

  #closed = () => {
    this.#listening?.abort();
    clearTimeout(this.#timer);
    this.#state.value = 'closed';
    this.#opener?.focus();
  };

  #loaded = () => {
    clearTimeout(this.#timer);
    if (this.#state.value == 'loading') this.#state.value = 'ready';
  };

  #fail() {
    this.#state.value = 'failed';
  }

  #listen() {
    this.#listening?.abort();
    window.addEventListener('message', this.#message, { signal: (this.#listening = new AbortController()).signal });
  }

  /** A message counts only from this frame's window, and from the booking page's origin. */
  #message = (event: MessageEvent) => {
    const frame = this.#find<HTMLIFrameElement>('iframe');
    if (!frame || !this.#url || event.source !== frame.contentWindow || event.origin !== this.#url.origin) return;
    const meaning = meaningOf(this.#provider, event.data);
    if (!meaning) return;
    if ('height' in meaning && meaning.height > 0) this.#height = meaning.height;
    if ('ready' in meaning) frame.contentWindow!.postMessage(PARENT_KNOWS_IFRAME_READY, this.#url.origin);
    if ('failed' in meaning) this.#fail();
    if ('booked' in meaning) this.#booked(meaning.booked);
    this.host.requestUpdate();
  };

  #booked(id: string | true) {
    if (typeof id == 'string') {
      if (this.#counted.has(id)) return;
      this.#counted.add(id);
    }
    const provider = this.#provider;
    this.host.dispatchEvent(new ClinicBookingCompleteEvent('clinic-booking-complete', { provider }));
    track(this.host.analytics, { event: 'clinic_booking_complete', provider });
  }

  #dialog() {
    return this.host.renderRoot.querySelector<HTMLDialogElement>('dialog');
  }

  #find<E extends Element = HTMLElement>(selector: string) {
    const scope = this.popup ? 'dialog ' : '.scheduler ';
    return this.host.renderRoot.querySelector<E>(scope + selector);
  }
}
