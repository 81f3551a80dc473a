/**
 * The only analytics: a generic event pushed to `window.dataLayer`, and only when the page opts in
 * with `analytics="datalayer"`. The type allows no content: no ids, labels, counts, scores or values.
 */
export interface AnalyticsEvent {
  event: `clinic_${string}`;
  /** How the visitor chose to get in touch: the only detail an event may carry. */
  channel?: 'book' | 'call' | 'form';
  /** The scheduler a booking was made with: never anything about the visitor or the booking. */
  provider?: 'calendly' | 'calcom' | 'other';
}

export function track(setting: string | null | undefined, entry: AnalyticsEvent) {
  if (setting !== 'datalayer') return;
  const page = window as { dataLayer?: unknown[] };
  (page.dataLayer ??= []).push(entry);
}
