import { ClinicEvent } from '../../content/events.js';

export type CtaChannel = 'book' | 'call' | 'form';

/** The scheduler a booking was made with (`booking.provider`, or what its host says). */
export type BookingProvider = 'calendly' | 'calcom' | 'other';

/** Why a request failed: refused by the clinic (4xx), a server fault (5xx), no answer in time, or no connection. */
export type FormFailure = 'rejected' | 'server' | 'timeout' | 'network';

/** `clinic-cta-click`: the visitor used the booking link or the phone link, or sent the form. */
export class ClinicCtaClickEvent extends ClinicEvent<{ channel: CtaChannel }> {}

/** `clinic-form-submit`: a valid form is being sent. Carries nothing the visitor typed. */
export class ClinicFormSubmitEvent extends ClinicEvent<Record<string, never>> {}

/** `clinic-form-success`: the clinic accepted the request (a 2xx status). */
export class ClinicFormSuccessEvent extends ClinicEvent<{ status: number }> {}

/**
 * `clinic-form-error`: the request failed; `status` is the HTTP status, or 0 without an answer. The values stay in the
 * form.
 */
export class ClinicFormErrorEvent extends ClinicEvent<{ status: number; reason: FormFailure }> {}

/**
 * `clinic-booking-complete`: the scheduler in the pop-up or the card says a booking was made. Carries the provider
 * only, nothing about the visitor or the booking.
 */
export class ClinicBookingCompleteEvent extends ClinicEvent<{ provider: BookingProvider }> {}

declare global {
  interface GlobalEventHandlersEventMap {
    'clinic-cta-click': ClinicCtaClickEvent;
    'clinic-form-submit': ClinicFormSubmitEvent;
    'clinic-form-success': ClinicFormSuccessEvent;
    'clinic-form-error': ClinicFormErrorEvent;
    'clinic-booking-complete': ClinicBookingCompleteEvent;
  }
}
