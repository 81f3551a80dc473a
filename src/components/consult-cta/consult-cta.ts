import { html, nothing, type PropertyDeclarations } from 'lit';
import { track } from '../../base/analytics.js';
import { ClinicElement } from '../../base/clinic-element.js';
import type { HandOffTarget } from '../../base/hand-off.js';
import { heading, headingLevel } from '../../base/heading.js';
import { localize } from '../../base/locale.js';
import { consultCtaWords } from './consult-cta.words.js';
import { ContentController } from '../../content/content-controller.js';
import { consultCtaContent, type ConsultCtaContent } from './consult-cta.schema.js';
import { consultCtaStyles } from './consult-cta.styles.js';
import { panelStyles } from '../../base/panel.styles.js';
import type { CallbackForm } from './callback-form.js';
import { lazyParts, loadCallbackForm, loadOpeningHours } from './lazy-parts.js';
import { ClinicCtaClickEvent, type CtaChannel } from './consult-cta.events.js';
import type { OpeningHours, Place } from './opening-hours.js';
import type { Hours } from './hours.js';
import { type PhoneNumber, phoneNumber } from './phone.js';
import { FloatingBar } from './floating-bar.js';
import { BookingOpener } from './booking.js';

/**
 * @tagname clinic-consult-cta
 * @summary Book online (a link that passes on the page's UTM parameters, or the scheduler in a pop-up or in the card),
 * call (click-to-call), or request a callback (a form that POSTs to the clinic's own endpoint and never loses what was
 * typed).
 *
 * @slot - Fallback markup (a phone link, say), shown while loading and if the content fails.
 * @event {ClinicContentLoadEvent} clinic-content-load - The content was validated and rendered.
 * @event {ClinicContentErrorEvent} clinic-content-error - The content could not be fetched, parsed or validated;
 *   `detail` says why.
 * @event {ClinicCtaClickEvent} clinic-cta-click - The visitor used the booking link, the phone link or sent the form:
 *   `{ channel }`.
 * @event {ClinicBookingCompleteEvent} clinic-booking-complete - The scheduler in the pop-up or the card says a booking
 *   was made: `{ provider }`.
 * @event {ClinicFormSubmitEvent} clinic-form-submit - A valid form is being sent.
 * @event {ClinicFormSuccessEvent} clinic-form-success - The clinic accepted the request: `{ status }`.
 * @event {ClinicFormErrorEvent} clinic-form-error - The request failed and the values stay in the form:
 *   `{ status, reason }`.
 * @csspart card - The box around everything.
 * @csspart title - The heading.
 * @csspart text - The text under the heading.
 * @csspart hours - "Open now · until 5:00 PM" or when the clinic opens next.
 * @csspart location - The picker of locations, when the content has several.
 * @csspart button - The booking and phone links, and the form's send button.
 * @csspart form - The callback form.
 * @csspart form-title - The form's heading.
 * @csspart summary-title - The heading of the list of fields to correct.
 * @csspart status - What happened to the request: sending, sent or why it failed; or why the scheduler is not shown.
 * @csspart dialog - The pop-up holding the scheduler (`booking.open` "popup").
 * @csspart scheduler - The scheduler in the card (`booking.open` "inline").
 * @csspart bar - The bar fixed to the bottom of narrow screens (`appearance="floating"`).
 * @cssproperty --clinic-accent - Buttons and the banner's tint. Default `#0b6e4f`.
 * @cssproperty --clinic-on-accent - Text on the accent. Default: black or white, whichever reads better.
 * @cssproperty --clinic-text - Text colour. Default `#1d2428`.
 * @cssproperty --clinic-surface - Background. Default `#fff`.
 * @cssproperty --clinic-radius - Corner radius. Default `0.75em`.
 * @cssproperty --clinic-space-s - Small gap. Default `0.5em`.
 * @cssproperty --clinic-space-m - Gap between parts. Default `1em`.
 * @cssproperty --clinic-space-l - Padding. Default `1.5em`.
 * @cssproperty --clinic-font-family - Font. Default: the page's.
 * @cssproperty --clinic-font-size - Base size; everything scales with it. Default `medium`.
 */
export class ConsultCta extends ClinicElement<ConsultCtaContent> implements HandOffTarget {
  static override properties: PropertyDeclarations = {
    cta: {},
    text: {},
    bookingUrl: { attribute: 'booking-url' },
    bookingLabel: { attribute: 'booking-label' },
    phone: {},
    action: {},
    appearance: {},
    analytics: {},
    formTimeout: { attribute: 'form-timeout', type: Number },
    bookingTimeout: { attribute: 'booking-timeout', type: Number },
    symptoms: { attribute: false },
    now: { attribute: false },
  };

  static override styles = [...ClinicElement.styles, panelStyles, consultCtaStyles];

  // The property accessors on the prototype now, before registration: ClinicElement says why.
  static {
    this.finalize();
  }

  /** Picks a CTA by `id` when `src` holds a collection (`{"ctas": [ … ]}`). */
  declare cta: string | null;
  /** Replaces the text under the heading. */
  declare text: string | null;
  /** Replaces `booking.url`. */
  declare bookingUrl: string | null;
  /** Replaces `booking.label`. */
  declare bookingLabel: string | null;
  /** Replaces `phone.number`, e.g. `+1 949 555 0100`. */
  declare phone: string | null;
  /** Replaces `form.action`: where the form is sent (`https:` or this site). */
  declare action: string | null;
  /**
   * `card` (default), `banner` (a full-width band) or `floating` (a bar fixed to the bottom of narrow screens);
   * anything else is a card.
   */
  declare appearance: 'card' | 'banner' | 'floating';
  /** `datalayer` pushes generic events (never values) to `window.dataLayer`; anything else sends nothing. */
  declare analytics: string | null;
  /** How long to wait for the form's endpoint, in milliseconds. */
  declare formTimeout: number;
  /** How long to wait for the booking page in the pop-up or the card, in milliseconds, before offering a new tab. */
  declare bookingTimeout: number;
  /**
   * The visitor's ticked symptoms, set by `<clinic-symptom-checklist for="…">`; sent only if the visitor ticks a box to
   * add them.
   */
  declare symptoms: string[];
  /** The moment "Open now" is computed for; when unset, the current time, kept current while the page is open. */
  declare now: Date | undefined;

  protected readonly data = new ContentController<ConsultCtaContent>(this, {
    ...consultCtaContent,
    pick: () => this.cta,
    overrides: () => ({
      heading: this.heading,
      text: this.text,
      'booking.url': this.bookingUrl,
      'booking.label': this.bookingLabel,
      'phone.number': this.phone,
      'form.action': this.action,
    }),
    states: this.internals.states,
    prepare: (cta) => this.#prepareParts(cta),
  });

  /** The callback form, from its own chunk, loaded by the first content with a `form`. */
  #form?: CallbackForm;
  /** The hours and the location picker, from their own chunk, loaded by the first content with either. */
  #hours?: OpeningHours;
  readonly #bar = new FloatingBar(this, () => this.#find('.bar'));
  readonly #booking = new BookingOpener(this, {
    asServer: () => this.rendersAsServer,
    typed: (field) => this.#form?.typed(field) ?? '',
  });

  constructor() {
    super();
    this.cta = this.text = this.bookingUrl = this.bookingLabel = this.phone = this.action = this.analytics = null;
    this.appearance = 'card';
    this.formTimeout = 15_000;
    this.bookingTimeout = 10_000;
    this.symptoms = [];
    // One listener for every link and button in the shadow root; keyboard activation is a click too.
    this.addEventListener('click', this.#click);
  }

  /** Moves focus to the heading and text, so that a screen reader says where the visitor has landed. */
  override focus(options?: FocusOptions) {
    this.#find('.top')?.focus(options);
  }

  protected override describe(cta: ConsultCtaContent, base?: string) {
    return import('./consult-cta.structured-data.js').then((module) => module.clinicStructuredData(cta, base));
  }

  /** The parts the content asks for (form, hours, a scheduler in the card), made once their chunks are in. */
  #prepareParts(cta: ConsultCtaContent): Promise<unknown> | undefined {
    const { CallbackForm, OpeningHours } = lazyParts;
    const hours = !!(cta.hours || cta.locations);
    // Both chunks at once, when both are needed.
    const loading = [cta.form && !CallbackForm && loadCallbackForm(), hours && !OpeningHours && loadOpeningHours()];
    const chunks = loading.filter((chunk) => chunk instanceof Promise);
    if (chunks.length) return Promise.all(chunks).then(() => this.#prepareParts(cta));
    if (cta.form) this.#form ??= new CallbackForm!(this);
    if (hours) this.#hours ??= new OpeningHours!(this, () => this.rendersAsServer);
    return this.#booking.prepare(cta.booking);
  }

  #find(selector: string) {
    return this.renderRoot.querySelector<HTMLElement>(selector);
  }

  protected renderContent(cta: ConsultCtaContent) {
    const level = headingLevel(this.headingLevel, 2);
    const place = this.#hours?.place(cta) ?? { phone: cta.phone, hours: undefined };
    const phone = place.phone && phoneNumber(place.phone.number);
    const canAct = !!(cta.booking || phone);
    const links = this.#renderLinks(cta.booking, place.phone, phone);
    const title = cta.heading ?? localize(this, consultCtaWords).words.heading;
    return html`
      ${this.#bar.render(title, links, this.appearance == 'floating' && canAct)}
      <div part="card" class="card ${this.appearance == 'banner' ? 'banner' : ''}">
        ${this.#renderTop(cta, place.hours, level)}
        <div class="actions" ?hidden=${!canAct}>${links}</div>
        ${this.#booking.renderInline(cta.booking, title)}
        ${cta.form ? this.#form!.render(cta.form, level, phone) : nothing}
      </div>
      ${this.#booking.renderDialog(title)}
    `;
  }

  /** The heading, the text, the location picker and the hours: where focus lands when the checklist hands off. */
  #renderTop(cta: ConsultCtaContent, hours: Hours | undefined, level: number) {
    const { words: say, phrase } = localize(this, consultCtaWords);
    return html`
      <div class="top" tabindex="-1">
        ${heading(level, cta.heading ?? phrase(say.heading))}
        <p part="text" ?hidden=${!cta.text}>${cta.text}</p>
        ${this.#hours?.renderPicker(cta.locations) ?? nothing}
        <p part="hours" class="hours" ?hidden=${!hours}>${hours ? phrase(this.#hours!.line(hours)) : nothing}</p>
      </div>
    `;
  }

  /** The booking and phone links, shown in the card and, when floating on a narrow screen, in the bar. */
  #renderLinks(booking: ConsultCtaContent['booking'], content: Place['phone'], phone: PhoneNumber | undefined) {
    const { words: say, phrase } = localize(this, consultCtaWords);
    return html`
      <a
        part="button"
        class="button primary"
        href=${booking ? this.#booking.href(booking.url) : nothing}
        data-channel="book"
        ?hidden=${!booking || this.#booking.isInline(booking)}
        >${booking?.label ?? phrase(say.book)}</a
      >
      <a part="button" class="button" href=${phone?.href ?? nothing} data-channel="call" ?hidden=${!phone}
        >${content?.label ?? phrase(say.call)} <span class="number">${phone?.shown}</span></a
      >
    `;
  }

  #click = (event: Event) => {
    const target = event.composedPath()[0] as Element;
    const channel = target.closest('[data-channel]')?.getAttribute('data-channel');
    if (!channel) return;
    this.dispatchEvent(new ClinicCtaClickEvent('clinic-cta-click', { channel: channel as CtaChannel }));
    track(this.analytics, { event: 'clinic_cta_click', channel: channel as CtaChannel });
    if (channel == 'book') this.#booking.click(event, this.data.value?.booking, target.closest('a')!);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'clinic-consult-cta': ConsultCta;
  }
}
