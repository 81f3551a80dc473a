import { html, nothing, type PropertyDeclarations } from 'lit';
import { track } from '../../base/analytics.js';
import { ClinicElement } from '../../base/clinic-element.js';
import type { HandOffTarget } from '../../base/hand-off.js';
import { heading, headingLevel } from '../../base/heading.js';
import { type Language, localize } from '../../base/locale.js';
import { ContentController } from '../../content/content-controller.js';
import { consultCtaContent, type ConsultCtaContent, type FieldKey } from './consult-cta.schema.js';
import { consultCtaStyles } from './consult-cta.styles.js';
import { panelStyles } from '../../base/panel.styles.js';
import {
  ClinicCtaClickEvent,
  ClinicFormErrorEvent,
  ClinicFormSubmitEvent,
  ClinicFormSuccessEvent,
  type CtaChannel,
  type FormFailure,
} from './consult-cta.events.js';
import { openAt } from './hours.js';
import { type PhoneNumber, phoneNumber } from './phone.js';

type FormState = 'idle' | 'sending' | 'sent' | 'failed';
type Check = FieldKey | 'consent';

/** The fields of a form whose content names none: what a callback needs. */
const callbackFields: FieldKey[] = ['name', 'phone', 'preferredTime', 'message'];

/** Name and phone are always required; the email too when there is no phone field to call back on. */
function isRequired(key: FieldKey, fields: readonly FieldKey[]) {
  return key == 'name' || key == 'phone' || (key == 'email' && !fields.includes('phone'));
}

/** How each field is asked for: the message in a textarea, the others in an input of their type. */
interface FieldControl {
  type: 'text' | 'tel' | 'email' | 'textarea';
  /** What the browser may fill in; `off` where it has nothing that fits. */
  autocomplete: 'name' | 'tel' | 'email' | 'off';
}

const controls: Record<FieldKey, FieldControl> = {
  name: { type: 'text', autocomplete: 'name' },
  phone: { type: 'tel', autocomplete: 'tel' },
  email: { type: 'email', autocomplete: 'email' },
  preferredTime: { type: 'text', autocomplete: 'off' },
  message: { type: 'textarea', autocomplete: 'off' },
};

const words = {
  en: {
    heading: 'Contact us',
    book: 'Book online',
    call: 'Call',
    open: (time: string) => `Open now · until ${time}`,
    opens: (day: string, time: string) => `Opens ${day} at ${time}`,
    form: 'Request a callback',
    labels: {
      name: 'Name',
      phone: 'Phone number',
      email: 'Email',
      preferredTime: 'Best time to call',
      message: 'Message',
    },
    optional: 'optional',
    missing: (label: string) => `Enter your ${label.toLowerCase()}`,
    bad: 'Enter an email address like name@example.com',
    agree: 'Tick the box to agree to be contacted',
    share: 'Add the symptoms I ticked to my request',
    problem: 'There is a problem',
    send: 'Send',
    sending: 'Sending…',
    retry: 'Try again',
    success: 'Thank you. We will be in touch soon.',
    rejected: 'The clinic could not accept your request.',
    server: 'The clinic’s system had a problem.',
    timeout: 'The clinic did not answer in time.',
    network: 'We could not reach the clinic. Check your connection.',
    kept: 'Your details are still here.',
    orCall: 'Or call',
    close: 'Close',
  },
  es: {
    heading: 'Contáctenos',
    book: 'Reserve en línea',
    call: 'Llame',
    open: (time: string) => `Abierto ahora · hasta las ${time}`,
    opens: (day: string, time: string) => `Abre el ${day} a las ${time}`,
    form: 'Pida que le llamemos',
    labels: {
      name: 'Nombre',
      phone: 'Teléfono',
      email: 'Correo electrónico',
      preferredTime: 'Mejor hora para llamar',
      message: 'Mensaje',
    },
    optional: 'opcional',
    missing: (label: string) => `Escriba su ${label.toLowerCase()}`,
    bad: 'Escriba un correo como nombre@ejemplo.com',
    agree: 'Marque la casilla para aceptar que le contactemos',
    share: 'Añadir a mi solicitud los síntomas que marqué',
    problem: 'Hay un problema',
    send: 'Enviar',
    sending: 'Enviando…',
    retry: 'Intentar de nuevo',
    success: 'Gracias. Nos pondremos en contacto pronto.',
    rejected: 'La clínica no pudo aceptar su solicitud.',
    server: 'El sistema de la clínica tuvo un problema.',
    timeout: 'La clínica no respondió a tiempo.',
    network: 'No pudimos contactar con la clínica. Revise su conexión.',
    kept: 'Sus datos siguen aquí.',
    orCall: 'O llame al',
    close: 'Cerrar',
  },
} satisfies Record<Language, unknown>;

type Words = (typeof words)['en'];
type FormContent = NonNullable<ConsultCtaContent['form']>;

/**
 * @tagname clinic-consult-cta
 * @summary Book online (a link that passes on the page's UTM parameters), call (click-to-call), or
 * request a callback (a form that POSTs to the clinic's own endpoint and never loses what was typed).
 *
 * @slot - Fallback markup (a phone link, say), shown while loading and if the content fails.
 * @event clinic-content-load - The content was validated and rendered.
 * @event clinic-content-error - The content could not be fetched, parsed or validated; `detail` says why.
 * @event clinic-cta-click - The visitor used the booking link, the phone link or sent the form: `{ channel }`.
 * @event clinic-form-submit - A valid form is being sent.
 * @event clinic-form-success - The clinic accepted the request: `{ status }`.
 * @event clinic-form-error - The request failed and the values stay in the form: `{ status, reason }`.
 * @csspart card - The box around everything.
 * @csspart title - The heading.
 * @csspart text - The text under the heading.
 * @csspart hours - "Open now · until 5:00 PM" or when the clinic opens next.
 * @csspart button - The booking and phone links, and the form's send button.
 * @csspart form - The callback form.
 * @csspart form-title - The form's heading.
 * @csspart summary-title - The heading of the list of fields to correct.
 * @csspart status - What happened to the request: sending, sent or why it failed.
 * @csspart bar - The bar fixed to the bottom of narrow screens (`appearance="floating"`).
 * @csspart placeholder - The space kept while content loads.
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
    appearance: { reflect: true },
    analytics: {},
    formTimeout: { attribute: 'form-timeout', type: Number },
    symptoms: { attribute: false },
    now: { attribute: false },
  };

  static override styles = [...ClinicElement.styles, panelStyles, consultCtaStyles];

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
  /**
   * The visitor's ticked symptoms, set by `<clinic-symptom-checklist for="…">`; sent only if the visitor ticks a box to
   * add them.
   */
  declare symptoms: string[];
  /** The moment "Open now" is computed for; the current time when unset. */
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
  });

  #state: FormState = 'idle';
  #failure: FormFailure = 'network';
  /** Fields whose value failed the last check, and how: missing, or not an email address. */
  #errors = new Map<Check, 'missing' | 'bad'>();
  #dismissed = false;
  #listening?: AbortController;

  constructor() {
    super();
    this.cta = this.text = this.bookingUrl = this.bookingLabel = this.phone = this.action = this.analytics = null;
    this.appearance = 'card';
    this.formTimeout = 15_000;
    this.symptoms = [];
    // One listener for every link and button in the shadow root; keyboard activation is a click too.
    this.addEventListener('click', this.#click);
  }

  override connectedCallback() {
    super.connectedCallback();
    const signal = (this.#listening = new AbortController()).signal;
    for (const type of ['focusin', 'scroll'])
      document.addEventListener(type, this.#uncover, { capture: true, passive: true, signal });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#listening!.abort();
  }

  /** Moves focus to the heading and text, so that a screen reader says where the visitor has landed. */
  override focus(options?: FocusOptions) {
    this.#find('.top')?.focus(options);
  }

  #find(selector: string) {
    return this.renderRoot.querySelector<HTMLElement>(selector);
  }

  protected renderContent(cta: ConsultCtaContent) {
    const { words: say, locale } = localize(this, words);
    const level = headingLevel(this.headingLevel, 2);
    const title = cta.heading ?? say.heading;
    const phone = cta.phone && phoneNumber(cta.phone.number);
    const canAct = !!(cta.booking || cta.phone);
    const links = this.#renderLinks(cta, phone, say);
    return html`
      <div
        part="bar"
        class="bar"
        role="region"
        aria-label=${title}
        ?hidden=${this.appearance != 'floating' || this.#dismissed || !canAct}
      >
        ${links}
        <button class="close" aria-label=${say.close} @click=${this.#dismiss}>✕</button>
      </div>
      <div part="card" class="card">
        <div class="top" tabindex="-1">
          ${heading(level, title)}
          <p part="text" ?hidden=${!cta.text}>${cta.text}</p>
          <p part="hours" class="hours" ?hidden=${!cta.hours}>${this.#hours(cta, say, locale)}</p>
        </div>
        <div class="actions" ?hidden=${!canAct}>${links}</div>
        ${cta.form ? this.#renderForm(cta.form, say, level) : nothing} ${this.#renderStatus(cta, phone, say)}
      </div>
    `;
  }

  /** The booking and phone links, shown in the card and, when floating on a narrow screen, in the bar. */
  #renderLinks({ booking, phone: content }: ConsultCtaContent, phone: PhoneNumber | undefined, say: Words) {
    return html`
      <a
        part="button"
        class="button primary"
        href=${booking ? this.#utm(booking.url) : nothing}
        data-channel="book"
        ?hidden=${!booking}
        >${booking?.label ?? say.book}</a
      >
      <a part="button" class="button" href=${phone?.href ?? nothing} data-channel="call" ?hidden=${!phone}
        >${content?.label ?? say.call} <span class="number">${phone?.shown}</span></a
      >
    `;
  }

  #renderForm(form: FormContent, say: Words, level: number) {
    const fields = form.fields ?? callbackFields;
    const sending = this.#state == 'sending';
    const consentInvalid = this.#errors.has('consent');
    return html`
      <form part="form" novalidate ?hidden=${this.#state == 'sent'} @submit=${this.#submit}>
        ${heading(level + 1, say.form, 'form-title')}
        <div class="summary" tabindex="-1" ?hidden=${!this.#errors.size}>
          <div role="alert">
            ${heading(level + 2, say.problem, 'summary-title')}
            <ul>
              ${[...this.#errors.keys()].map(
                (key) => html`<li><a href="#f-${key}">${this.#errorMessage(key, say)}</a></li>`,
              )}
            </ul>
          </div>
        </div>
        ${fields.map((key) => this.#renderField(key, isRequired(key, fields), say))}
        <label class="check" ?hidden=${!this.symptoms.length}>
          <input type="checkbox" name="share" aria-describedby="symptoms" />${say.share}
        </label>
        <p id="symptoms" class="hint" ?hidden=${!this.symptoms.length}>${this.symptoms.join(', ')}</p>
        <label class="check" ?hidden=${!form.consent}>
          <input
            id="f-consent"
            type="checkbox"
            ?required=${!!form.consent}
            aria-invalid=${consentInvalid}
            aria-describedby=${consentInvalid ? 'e-consent' : nothing}
          />${form.consent}
        </label>
        <p id="e-consent" class="error" ?hidden=${!consentInvalid}>${say.agree}</p>
        <div class="hp" aria-hidden="true">
          <label
            >Leave this empty
            <input name="hp-note" tabindex="-1" autocomplete="off" data-1p-ignore data-lpignore="true"
          /></label>
        </div>
        <button part="button" class="button primary" aria-disabled=${sending}>
          ${sending ? say.sending : this.#state == 'failed' ? say.retry : say.send}
        </button>
      </form>
    `;
  }

  /** A field with its label and its error message, tied to it with aria-describedby while it shows. */
  #renderField(key: FieldKey, required: boolean, say: Words) {
    const { type, autocomplete } = controls[key];
    const invalid = this.#errors.has(key);
    const describedBy = invalid ? `e-${key}` : nothing;
    const control =
      type == 'textarea'
        ? html`<textarea
            id="f-${key}"
            name=${key}
            rows="4"
            ?required=${required}
            aria-invalid=${invalid}
            aria-describedby=${describedBy}
          ></textarea>`
        : html`<input
            id="f-${key}"
            name=${key}
            type=${type}
            autocomplete=${autocomplete}
            ?required=${required}
            aria-invalid=${invalid}
            aria-describedby=${describedBy}
          />`;
    return html`
      <label for="f-${key}">${say.labels[key]}${required ? '' : ` (${say.optional})`}</label>
      ${control}
      <p id="e-${key}" class="error" ?hidden=${!invalid}>${invalid ? this.#errorMessage(key, say) : ''}</p>
    `;
  }

  #errorMessage(key: Check, say: Words) {
    if (this.#errors.get(key) == 'bad') return say.bad;
    return key == 'consent' ? say.agree : say.missing(say.labels[key]);
  }

  /** What happened to the request, announced; after a failure, the phone number as another way. */
  #renderStatus({ form }: ConsultCtaContent, phone: PhoneNumber | undefined, say: Words) {
    const state = this.#state;
    const message = {
      idle: '',
      sending: say.sending,
      sent: form?.success ?? say.success,
      failed: `${say[this.#failure]} ${say.kept}`,
    }[state];
    return html`
      <p part="status" class="status ${state}" role="status" tabindex="-1">
        ${message}
        <span ?hidden=${state != 'failed' || !phone}
          >${say.orCall} <a href=${phone?.href ?? nothing} data-channel="call">${phone?.shown}</a></span
        >
      </p>
    `;
  }

  /**
   * The booking URL with the page's `utm_*` parameters added; a parameter the URL sets itself is kept as the marketer
   * wrote it.
   */
  #utm(url: string) {
    const target = new URL(url, document.baseURI);
    const before = target.href;
    for (const [key, value] of new URLSearchParams(location.search)) {
      if (key.startsWith('utm_') && !target.searchParams.has(key)) target.searchParams.append(key, value);
    }
    return target.href != before && /^https?:$/.test(target.protocol) ? target.href : url;
  }

  /**
   * "Open now · until 5:00 PM" or "Opens Monday at 9:00 AM", on the clinic's clock, in the visitor's words and time
   * format.
   */
  #hours({ hours }: ConsultCtaContent, say: Words, locale: string) {
    if (!hours) return '';
    const { open, until } = openAt(hours, this.now ?? new Date());
    // The minute of the week as a date in UTC: 4 January 1970 was a Sunday.
    const moment = Date.UTC(1970, 0, 4, 0, until);
    const format = (options: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(moment);
    const time = format({ hour: 'numeric', minute: '2-digit' });
    return open ? say.open(time) : say.opens(format({ weekday: 'long' }), time);
  }

  #click = (event: Event) => {
    const target = event.composedPath()[0] as Element;
    const channel = target.closest('[data-channel]')?.getAttribute('data-channel');
    if (channel) this.#chose(channel as CtaChannel);
    // Links to fields in the error summary: a fragment in a shadow root does not move focus by itself.
    const link = target.closest<HTMLAnchorElement>('.summary a');
    if (link) {
      event.preventDefault();
      this.#find(link.hash)?.focus();
    }
  };

  #chose(channel: CtaChannel) {
    this.dispatchEvent(new ClinicCtaClickEvent('clinic-cta-click', { channel }));
    track(this.analytics, { event: 'clinic_cta_click', channel });
  }

  /**
   * Checks the fields, then sends one request. `sending` is set before anything is awaited, so a double
   * click, or Enter and a click, cannot send twice. Nothing here ever sets a field's value: whatever
   * happens, what the visitor typed stays where it is.
   */
  #submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const content = this.data.value;
    if (this.#state == 'sending' || !content?.form) return;
    const form = event.currentTarget as HTMLFormElement;
    const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
    this.#errors.clear();
    for (const input of form.querySelectorAll<HTMLInputElement>('[id^="f-"]')) {
      if (!input.validity.valid)
        this.#errors.set(input.id.slice(2) as Check, input.validity.valueMissing ? 'missing' : 'bad');
    }
    if (this.#errors.size) return this.#show('.summary');
    // A bot fills every field, this one too: it is shown the thank-you as if sent, so it has nothing
    // to learn from, and nothing leaves the page.
    if (field('hp-note').value) {
      this.#state = 'sent';
      return this.#show('.status');
    }

    const { action, encoding, fields = callbackFields } = content.form;
    this.#state = 'sending';
    this.requestUpdate();
    this.#chose('form');
    this.dispatchEvent(new ClinicFormSubmitEvent('clinic-form-submit', {}));
    const values: Record<string, string> = {};
    for (const key of fields) values[key] = field(key).value;
    if (field('share').checked) values.symptoms = this.symptoms.join('; ');
    const json = encoding != 'urlencoded';
    let status = 0;
    const timeout = AbortSignal.timeout(this.formTimeout);
    try {
      const response = await fetch(action, {
        method: 'POST',
        body: json ? JSON.stringify(values) : new URLSearchParams(values),
        headers: json ? { 'content-type': 'application/json' } : {},
        signal: timeout,
        credentials: 'same-origin',
      });
      status = response.status;
      this.#state = response.ok ? 'sent' : 'failed';
      this.#failure = status < 500 ? 'rejected' : 'server';
    } catch {
      this.#state = 'failed';
      this.#failure = timeout.aborted ? 'timeout' : 'network'; // engines name the error differently
    }
    if (this.#state == 'failed') {
      this.requestUpdate();
      this.dispatchEvent(new ClinicFormErrorEvent('clinic-form-error', { status, reason: this.#failure }));
      return;
    }
    form.reset();
    await this.#show('.status');
    this.dispatchEvent(new ClinicFormSuccessEvent('clinic-form-success', { status }));
    track(this.analytics, { event: 'clinic_form_sent' });
  };

  async #show(selector: string) {
    this.requestUpdate();
    await this.updateComplete;
    this.#find(selector)?.focus();
  }

  #dismiss = () => {
    this.#dismissed = true;
    this.requestUpdate();
    // The bar goes for this page view and the CTA takes its place in the page; focus goes to its heading, without a
    // jump.
    void this.updateComplete.then(() => this.focus({ preventScroll: true }));
  };

  /** The floating bar steps aside while it would cover the focused element. */
  #uncover = () => {
    const bar = this.#find('.bar');
    if (!bar || bar.hidden) return;
    let focused = document.activeElement;
    while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
    const [own, other] = [bar.getBoundingClientRect(), focused?.getBoundingClientRect()];
    const covers =
      !!other && focused != document.body && !bar.contains(focused) && other.bottom > own.top && other.top < own.bottom;
    bar.classList.toggle('away', covers && own.height > 0);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'clinic-consult-cta': ConsultCta;
  }
}
