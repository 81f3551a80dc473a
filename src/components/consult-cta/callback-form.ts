import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { track } from '../../base/analytics.js';
import { heading } from '../../base/heading.js';
import { HostState } from '../../base/host-state.js';
import { localize, type Phrase, type Said, type WordTables } from '../../base/locale.js';
import { callbackFormEnglish } from './consult-cta.words.js';
import type { ConsultCtaContent, FieldKey } from './consult-cta.schema.js';
import {
  ClinicCtaClickEvent,
  ClinicFormErrorEvent,
  ClinicFormSubmitEvent,
  ClinicFormSuccessEvent,
  type FormFailure,
} from './consult-cta.events.js';
import type { PhoneNumber } from './phone.js';

/**
 * The consultation CTA's callback form, in a chunk of its own that only content with a `form` loads: the fields
 * with their checks and messages, the one request, and what happened to it. Nothing here ever sets a field's value:
 * whatever happens, what the visitor typed stays where it is.
 */

type FormContent = NonNullable<ConsultCtaContent['form']>;
type FormState = 'idle' | 'sending' | 'sent' | 'failed';
/** What the checks look at: the fields, and the consent box. */
type Check = FieldKey | 'consent';

/** What the form needs of the element it is in. */
export interface FormHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** `datalayer` to push generic events. */
  analytics: string | null;
  /** How long to wait for the form's endpoint, in milliseconds. */
  formTimeout: number;
  /** The symptoms a checklist handed off; sent only if the visitor ticks the box to add them. */
  symptoms: string[];
}

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

const words: WordTables<typeof callbackFormEnglish> = {
  en: callbackFormEnglish,
  es: {
    form: 'Pida que le llamemos',
    nameLabel: 'Nombre',
    phoneLabel: 'Teléfono',
    emailLabel: 'Correo electrónico',
    preferredTimeLabel: 'Mejor hora para llamar',
    messageLabel: 'Mensaje',
    optional: 'opcional',
    missing: 'Escriba su {field}',
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
  },
};

type Words = Said<typeof callbackFormEnglish>;
/** A field's label: its word's key. */
const labelOf = (key: FieldKey, say: Words) => say[`${key}Label`];

/**
 * The form as a reactive controller: its state, its errors and its one request. Each of them is reactive: setting it
 * asks the host for an update, so no handler has to remember to.
 */
export class CallbackForm implements ReactiveController {
  readonly #state: HostState<FormState>;
  #failure: FormFailure = 'network';
  /** Fields whose value failed the last check, and how: missing, or not an email address. */
  readonly #errors: HostState<Map<Check, 'missing' | 'bad'>>;
  /** The form's content at the last render, for the submit handler. */
  #content?: FormContent;

  constructor(private readonly host: FormHost) {
    this.#state = new HostState<FormState>(host, 'idle');
    this.#errors = new HostState(host, new Map<Check, 'missing' | 'bad'>());
    host.addController(this);
  }

  /** Nothing to start: a request on its way outlives the element being moved in the page. */
  hostConnected(): void {}

  /**
   * What the visitor typed into a field of this form, or ticked (`symptoms`: the box that adds the handed-off
   * symptoms); empty when the field is not there or was left empty. Nothing else fills these fields.
   */
  typed(key: FieldKey | 'symptoms'): string {
    if (key == 'symptoms') return this.#field('share')?.checked ? this.host.symptoms.join('; ') : '';
    return this.#field(key)?.value.trim() ?? '';
  }

  /** The form, then the status of its request; `level` is the CTA's heading level. */
  render(form: FormContent, level: number, phone: PhoneNumber | undefined): TemplateResult {
    this.#content = form;
    const { words: say, phrase } = localize(this.host, words);
    const fields = form.fields ?? callbackFields;
    return html`
      <form part="form" novalidate ?hidden=${this.#state.value == 'sent'} @submit=${this.#submit}>
        ${heading(level + 1, phrase(say.form), 'form-title')} ${this.#renderSummary(level, say, phrase)}
        ${fields.map((key) => this.#renderField(key, isRequired(key, fields), say, phrase))}
        ${this.#renderShare(say, phrase)} ${this.#renderConsent(form, say, phrase)} ${this.#renderHoneypot()}
        <button part="button" class="button primary" aria-disabled=${this.#state.value == 'sending'}>
          ${phrase(this.#state.value == 'sending' ? say.sending : this.#state.value == 'failed' ? say.retry : say.send)}
        </button>
      </form>
      ${this.#renderStatus(form, phone, say, phrase)}
    `;
  }

  /** The list of fields to correct, each a link to its field; it takes focus when a send is refused. */
  #renderSummary(level: number, say: Words, phrase: Phrase) {
    return html`
      <div class="summary" tabindex="-1" ?hidden=${!this.#errors.value.size}>
        <div role="alert">
          ${heading(level + 2, phrase(say.problem), 'summary-title')}
          <ul>
            ${[...this.#errors.value.keys()].map(
              (key) =>
                html`<li><a href="#f-${key}" @click=${this.#focusField}>${phrase(this.#message(key, say))}</a></li>`,
            )}
          </ul>
        </div>
      </div>
    `;
  }

  /** The box that adds the symptoms a checklist handed off, unticked, with the symptoms listed. */
  #renderShare(say: Words, phrase: Phrase) {
    const symptoms = this.host.symptoms;
    return html`
      <label class="check" ?hidden=${!symptoms.length}>
        <input type="checkbox" name="share" aria-describedby="symptoms" />${phrase(say.share)}
      </label>
      <p id="symptoms" class="hint" ?hidden=${!symptoms.length}>${symptoms.join(', ')}</p>
    `;
  }

  #renderConsent(form: FormContent, say: Words, phrase: Phrase) {
    const invalid = this.#errors.value.has('consent');
    return html`
      <label class="check" ?hidden=${!form.consent}>
        <input
          id="f-consent"
          type="checkbox"
          ?required=${!!form.consent}
          aria-invalid=${invalid}
          aria-describedby=${invalid ? 'e-consent' : nothing}
        />${form.consent}
      </label>
      <p id="e-consent" class="error" ?hidden=${!invalid}>${phrase(say.agree)}</p>
    `;
  }

  /** A field only a bot fills in: out of sight, out of the tab order, ignored by password managers. */
  #renderHoneypot() {
    return html`
      <div class="hp" aria-hidden="true">
        <label
          >Leave this empty <input name="hp-note" tabindex="-1" autocomplete="off" data-1p-ignore data-lpignore="true"
        /></label>
      </div>
    `;
  }

  /** A field with its label and its error message, tied to it with aria-describedby while it shows. */
  #renderField(key: FieldKey, required: boolean, say: Words, phrase: Phrase) {
    const { type, autocomplete } = controls[key];
    const invalid = this.#errors.value.has(key);
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
      <label for="f-${key}">${phrase(labelOf(key, say) + (required ? '' : ` (${say.optional})`))}</label>
      ${control}
      <p id="e-${key}" class="error" ?hidden=${!invalid}>${invalid ? phrase(this.#message(key, say)) : ''}</p>
    `;
  }

  #message(key: Check, say: Words) {
    if (this.#errors.value.get(key) == 'bad') return say.bad;
    return key == 'consent' ? say.agree : say.missing({ field: labelOf(key, say).toLowerCase() });
  }

  /** What happened to the request, announced; after a failure, the phone number as another way. */
  #renderStatus(form: FormContent, phone: PhoneNumber | undefined, say: Words, phrase: Phrase) {
    const state = this.#state.value;
    const message = {
      idle: '',
      sending: phrase(say.sending),
      // The thank-you the clinic wrote is content, as written.
      sent: form.success ?? phrase(say.success),
      failed: phrase(`${say[this.#failure]} ${say.kept}`),
    }[state];
    return html`
      <p part="status" class="status ${state}" role="status" tabindex="-1">
        ${message}
        <span ?hidden=${state != 'failed' || !phone}
          >${phrase(say.orCall)} <a href=${phone?.href ?? nothing} data-channel="call">${phone?.shown}</a></span
        >
      </p>
    `;
  }

  /** A link of the error summary: a fragment in a shadow root does not move focus by itself. */
  #focusField = (event: Event) => {
    event.preventDefault();
    this.#find((event.currentTarget as HTMLAnchorElement).hash)?.focus();
  };

  #find(selector: string) {
    return this.host.renderRoot.querySelector<HTMLElement>(selector);
  }

  #field(name: string) {
    return this.host.renderRoot.querySelector<HTMLInputElement>(`form [name="${name}"]`);
  }

  /**
   * Checks the fields, then sends one request. `sending` is set before anything is awaited, so a double click, or
   * Enter and a click, cannot send twice.
   */
  #submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const content = this.#content;
    if (this.#state.value == 'sending' || !content) return;
    const form = event.currentTarget as HTMLFormElement;
    this.#errors.value = this.#check(form);
    if (this.#errors.value.size) return this.#show('.summary');
    // A bot fills every field, this one too: it is shown the thank-you as if sent, so it has nothing to learn
    // from, and nothing leaves the page.
    if (this.#field('hp-note')!.value) {
      this.#state.value = 'sent';
      return this.#show('.status');
    }
    this.#state.value = 'sending';
    this.host.dispatchEvent(new ClinicCtaClickEvent('clinic-cta-click', { channel: 'form' }));
    track(this.host.analytics, { event: 'clinic_cta_click', channel: 'form' });
    this.host.dispatchEvent(new ClinicFormSubmitEvent('clinic-form-submit', {}));
    const { status, sent } = await this.#send(content);
    if (!sent) {
      this.host.dispatchEvent(new ClinicFormErrorEvent('clinic-form-error', { status, reason: this.#failure }));
      return;
    }
    form.reset();
    await this.#show('.status');
    this.host.dispatchEvent(new ClinicFormSuccessEvent('clinic-form-success', { status }));
    track(this.host.analytics, { event: 'clinic_form_sent' });
  };

  /** The fields whose value is missing or malformed, by the browser's own constraint checks. */
  #check(form: HTMLFormElement) {
    const errors = new Map<Check, 'missing' | 'bad'>();
    for (const input of form.querySelectorAll<HTMLInputElement>('[id^="f-"]')) {
      const problem = input.validity.valueMissing ? 'missing' : 'bad';
      if (!input.validity.valid) errors.set(input.id.slice(2) as Check, problem);
    }
    return errors;
  }

  /**
   * The one POST: every field of the form, and the symptoms only if the visitor ticked the box. Its HTTP status (0
   * without an answer), and whether the clinic accepted it.
   */
  async #send({ action, encoding, fields = callbackFields }: FormContent) {
    const values: Record<string, string> = {};
    for (const key of fields) values[key] = this.#field(key)!.value;
    if (this.#field('share')!.checked) values.symptoms = this.host.symptoms.join('; ');
    const json = encoding != 'urlencoded';
    const timeout = AbortSignal.timeout(this.host.formTimeout);
    try {
      const response = await fetch(action, {
        method: 'POST',
        body: json ? JSON.stringify(values) : new URLSearchParams(values),
        headers: json ? { 'content-type': 'application/json' } : {},
        signal: timeout,
        credentials: 'same-origin',
      });
      this.#failure = response.status < 500 ? 'rejected' : 'server';
      this.#state.value = response.ok ? 'sent' : 'failed';
      return { status: response.status, sent: response.ok };
    } catch {
      this.#failure = timeout.aborted ? 'timeout' : 'network'; // engines name the error differently
      this.#state.value = 'failed';
      return { status: 0, sent: false };
    }
  }

  async #show(selector: string) {
    await this.host.updateComplete;
    this.#find(selector)?.focus();
  }
}
