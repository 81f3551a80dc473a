import {
  array,
  at,
  fail,
  type Infer,
  isoDate,
  object,
  optional,
  picklist,
  requiredText,
  safeUrl,
  string,
} from '../../content/schema.js';
import { refine } from '../../content/schema-checks.js';
import { isSafeUrl } from '../../content/url.js';
import { labels } from '../../content/labels.js';
import { allConsultCtaEnglish } from './consult-cta.words.js';

const text = optional(string());

/** The form's fields, in the order a form shows them when the content does not choose. */
export const fieldKeys = ['name', 'phone', 'email', 'preferredTime', 'message'] as const;
export type FieldKey = (typeof fieldKeys)[number];

/** How the booking page opens: as a page (a link), in a dialog over this one, or in the card. */
export const bookingOpenings = ['page', 'popup', 'inline'] as const;
/** The schedulers whose embed and messages the CTA knows; `other` is framed as it is, and counts no booking. */
export const bookingProviders = ['calendly', 'calcom', 'other'] as const;
/** What the CTA may pass on to the scheduler, when the content names it and the visitor gave it. */
export const prefillFields = ['name', 'email', 'symptoms'] as const;
export type PrefillField = (typeof prefillFields)[number];

/** Days of the week as content writes them, Sunday first as JavaScript counts them. */
export const days = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

const hhmm = /^([01]\d|2[0-3]):[0-5]\d$/;
const time = string((s) => !hhmm.test(s) && 'expected a time as HH:MM (24-hour)', { pattern: hhmm.source });
const phoneNumber = /^[\s+().-]*\d[\d\s+().-]*$/;

const timezone = string((zone) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return false;
  } catch {
    return 'expected a time zone such as America/Los_Angeles';
  }
});

/**
 * `https:`, or this page's own origin (a relative URL): form data never goes to a plain-http host. A safe URL first (no
 * control characters, no `blob:` URL, which has the origin of the page that made it).
 */
function isFormAction(value: string) {
  // On a server (the pre-renderer) there is no page address: a relative action is the page's own site.
  const onPage = typeof document != 'undefined';
  const page = onPage ? location.origin : 'https://page.invalid';
  try {
    const url = new URL(value, onPage ? document.baseURI : page);
    return isSafeUrl(value) && (url.protocol == 'https:' || url.origin == page);
  } catch {
    return false;
  }
}

const phone = object({
  number: string((s) => !phoneNumber.test(s) && 'expected a phone number: digits, spaces and + - ( ) . only', {
    pattern: phoneNumber.source,
  }),
  label: text,
});

const hours = object({
  /** An IANA time zone name: the clinic's, not the visitor's. */
  timezone,
  weekly: array(
    object({
      days: array(picklist(...days), 1),
      open: time,
      /** A closing time at or before the opening time runs past midnight. */
      close: time,
    }),
    1,
  ),
  /** Days the clinic is closed whatever its weekly hours say (a holiday), with what to tell the visitor. */
  closures: optional(array(object({ date: isoDate, note: text }))),
});

const action = string((s) => !isFormAction(s) && 'must be an https: URL or on this site', { format: 'uri-reference' });

export const consultCtaSchema = refine(
  object({
    id: text,
    heading: text,
    text,
    booking: optional(
      object({
        url: safeUrl,
        label: text,
        open: optional(picklist(...bookingOpenings)),
        provider: optional(picklist(...bookingProviders)),
        /** Health data goes to a third party only when named here, and only what the visitor gave in our form. */
        prefill: optional(array(picklist(...prefillFields), 1)),
      }),
    ),
    phone: optional(phone),
    hours: optional(hours),
    /** Several places, each with its own phone and hours: the visitor picks one. */
    locations: optional(array(object({ name: requiredText, phone: optional(phone), hours: optional(hours) }), 1)),
    form: optional(
      object({
        action,
        encoding: optional(picklist('json', 'urlencoded')),
        fields: optional(array(picklist(...fieldKeys), 1)),
        /** The text beside the consent box; without it there is no box. */
        consent: text,
        /** Shown in place of the form once the clinic has the request. */
        success: text,
      }),
    ),
    /** Changes built-in words for this element only: any of its word keys (README: Words). */
    labels: labels(allConsultCtaEnglish),
  }),
  ({ booking, phone, form, locations }, path) => {
    const locationPhone = locations?.some((location) => location.phone);
    if (!booking && !phone && !form && !locationPhone) fail(path, 'needs a way to act: booking, phone or form');
    const prefill = booking?.prefill ?? [];
    if (new Set(prefill).size < prefill.length) fail(at(path, 'booking.prefill'), 'each field may be listed once');
    const fields = form?.fields ?? [];
    if (new Set(fields).size < fields.length) fail(at(path, 'form.fields'), 'each field may be listed once');
  },
);

/** A consultation call-to-action, as it comes from JSON. */
export type ConsultCtaContent = Infer<typeof consultCtaSchema>;

/** How a file holds several, and the attribute that picks one: `{"ctas": [ … ]}`, `cta="id"`. */
export const consultCtaContent = { schema: consultCtaSchema, collection: 'ctas', pickAttribute: 'cta' };
