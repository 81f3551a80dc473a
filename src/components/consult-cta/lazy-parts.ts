import type { BookingFrame } from './booking-frame.js';
import type { CallbackForm } from './callback-form.js';
import type { OpeningHours } from './opening-hours.js';

/**
 * The CTA's opt-in parts, each a chunk of its own that only content asking for it loads: the callback form (`form`),
 * the opening hours and the location picker (`hours`, `locations`), and the booking page in a pop-up or the card
 * (`booking.open`). Each is loaded once for the page; the class is here
 * once it has arrived, so that the element can make its part at once the next time.
 */
export const lazyParts: {
  CallbackForm?: typeof CallbackForm;
  OpeningHours?: typeof OpeningHours;
  BookingFrame?: typeof BookingFrame;
} = {};

let callbackFormLoading: Promise<unknown> | undefined;
let bookingFrameLoading: Promise<unknown> | undefined;
let openingHoursLoading: Promise<unknown> | undefined;

/** Loads the callback form's chunk (a pre-renderer loads it before rendering). */
export function loadCallbackForm() {
  return (callbackFormLoading ??= import('./callback-form.js').then((module) => {
    lazyParts.CallbackForm = module.CallbackForm;
  }));
}

/** Loads the opening hours' chunk (a pre-renderer loads it before rendering). */
export function loadOpeningHours() {
  return (openingHoursLoading ??= import('./opening-hours.js').then((module) => {
    lazyParts.OpeningHours = module.OpeningHours;
  }));
}

export function loadBookingFrame() {
  return (bookingFrameLoading ??= import('./booking-frame.js').then((module) => {
    lazyParts.BookingFrame = module.BookingFrame;
  }));
}
