import { nothing } from 'lit';
import type { BookingFrame, BookingHost } from './booking-frame.js';
import type { ConsultCtaContent, PrefillField } from './consult-cta.schema.js';
import { lazyParts, loadBookingFrame } from './lazy-parts.js';

/**
 * The booking URL with the page's `utm_*` query parameters added, so that a booking is credited to the campaign that
 * brought the visitor; a parameter the URL sets itself is kept as the marketer wrote it. A URL that gains nothing, or
 * is not http(s), stays as written.
 */
export function withUtm(url: string): string {
  const target = new URL(url, document.baseURI);
  const before = target.href;
  for (const [key, value] of new URLSearchParams(location.search)) {
    if (key.startsWith('utm_') && !target.searchParams.has(key)) target.searchParams.append(key, value);
  }
  return target.href != before && /^https?:$/.test(target.protocol) ? target.href : url;
}

type Booking = NonNullable<ConsultCtaContent['booking']>;

/** What the booking asks the element it is in. */
interface BookingQuestions {
  /** Whether this render is the server's: no page address, no frame. */
  asServer(): boolean;
  /** What the visitor typed in our form, for each field `booking.prefill` allows to pass on. */
  typed(field: PrefillField): string;
}

/**
 * The booking link's way to open (`booking.open`): as a page (a plain link, and nothing loaded), or the booking page in
 * a dialog (made on the first click) or in the card (made with the content), both from the booking frame's chunk.
 */
export class BookingOpener {
  /** The booking page in a dialog, made by the first click on the booking link. */
  #popup?: BookingFrame;
  /** The booking page in the card, made with content that asks for it, and the booking it shows. */
  #inline?: BookingFrame;
  #inlineFor?: Booking;

  constructor(
    private readonly host: BookingHost,
    private readonly ask: BookingQuestions,
  ) {}

  /** The booking URL with the page's `utm_*` parameters; as written on a server, which knows no page address. */
  href(url: string) {
    return this.ask.asServer() ? url : withUtm(url);
  }

  /** Makes the scheduler for the card when the content asks for one; a promise while its chunk loads. */
  prepare(booking: Booking | undefined): Promise<unknown> | undefined {
    if (booking?.open != 'inline' || this.ask.asServer() || booking == this.#inlineFor) return undefined;
    const { BookingFrame } = lazyParts;
    if (!BookingFrame) return loadBookingFrame().then(() => this.prepare(booking));
    this.#inline ??= new BookingFrame(this.host, false);
    // It opens with the content, before the visitor has typed anything: it is given nothing.
    this.#inline.open(booking, this.href(booking.url), () => '');
    this.#inlineFor = booking;
    return undefined;
  }

  /** Whether `booking` shows in the card, in place of its link. */
  isInline(booking: Booking | undefined) {
    return !!booking && booking == this.#inlineFor && !this.ask.asServer();
  }

  /** The scheduler in the card, when the content asks for it; `title` is the CTA's heading. */
  renderInline(booking: Booking | undefined, title: string) {
    return this.isInline(booking) ? this.#inline!.render(title) : nothing;
  }

  /** The dialog, once a click has made it. */
  renderDialog(title: string) {
    return this.#popup?.render(title) ?? nothing;
  }

  /** A click on the booking link: with `open: "popup"`, the dialog rather than the page. */
  click(event: Event, booking: Booking | undefined, link: HTMLElement) {
    if (booking?.open != 'popup') return;
    event.preventDefault();
    void loadBookingFrame().then(() => {
      this.#popup ??= new lazyParts.BookingFrame!(this.host, true);
      this.#popup.open(booking, this.href(booking.url), (field) => this.ask.typed(field), link);
    });
  }
}
