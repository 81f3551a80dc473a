import type { CallbackForm } from './callback-form.js';

/** The callback form's class, once its chunk has arrived. */
export let loadedCallbackForm: typeof CallbackForm | undefined;
let loading: Promise<unknown> | undefined;

/**
 * Loads the callback form's chunk, once for the page (a pre-renderer loads it before rendering). A module of its own
 * because the element's module exports only what the package's entry exports (the generated JSX types import them).
 */
export function loadCallbackForm() {
  return (loading ??= import('./callback-form.js').then((module) => (loadedCallbackForm = module.CallbackForm)));
}
