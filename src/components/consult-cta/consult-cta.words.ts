import type { WordTables } from '../../base/locale.js';

export const consultCtaEnglish = {
  heading: 'Contact us',
  book: 'Book online',
  call: 'Call',
  close: 'Close',
} as const;

export const consultCtaWords: WordTables<typeof consultCtaEnglish> = {
  en: consultCtaEnglish,
  es: {
    heading: 'Contáctenos',
    book: 'Reserve en línea',
    call: 'Llame',
    close: 'Cerrar',
  },
};

/**
 * The callback form's words. English is here, beside the CTA's, for the CTA's `labels` and for `registerLocale`'s
 * types; the Spanish ones travel with the form's chunk (callback-form.ts).
 */
export const callbackFormEnglish = {
  form: 'Request a callback',
  nameLabel: 'Name',
  phoneLabel: 'Phone number',
  emailLabel: 'Email',
  preferredTimeLabel: 'Best time to call',
  messageLabel: 'Message',
  optional: 'optional',
  missing: 'Enter your {field}',
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
} as const;

/** The opening hours' words; the Spanish ones travel with the hours' chunk (opening-hours.ts). */
export const openingHoursEnglish = {
  open: 'Open now · until {time}',
  opens: 'Opens {day} at {time}',
  closedToday: 'Closed today',
  location: 'Location',
} as const;

/** The booking dialog's and inline scheduler's words; the Spanish ones travel with its chunk (booking-frame.ts). */
export const bookingFrameEnglish = {
  frame: 'Booking',
  failed: 'The booking page could not be shown here.',
  newTab: 'Open it in a new tab',
} as const;

/** Every word of the CTA and its parts: what its content `labels` and `registerLocale` may set. */
export const allConsultCtaEnglish = {
  ...consultCtaEnglish,
  ...callbackFormEnglish,
  ...openingHoursEnglish,
  ...bookingFrameEnglish,
};
