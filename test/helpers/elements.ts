/** Creating, mounting and waiting for the elements, whichever of the four. */
import type { ClinicContentErrorEvent } from '../../src/content/events.js';

/** Resolves with the first load or error event of `element`, whichever comes first. */
export function settled(element: HTMLElement): Promise<CustomEvent> {
  return new Promise((resolve) => {
    const done = (event: Event) => {
      element.removeEventListener('clinic-content-load', done);
      element.removeEventListener('clinic-content-error', done);
      resolve(event as CustomEvent);
    };
    element.addEventListener('clinic-content-load', done);
    element.addEventListener('clinic-content-error', done);
  });
}

/** The settling event as an error event; throws if the content loaded instead. */
function asContentError(event: CustomEvent): ClinicContentErrorEvent {
  if (event.type !== 'clinic-content-error') throw new Error(`expected an error, but content loaded`);
  return event as ClinicContentErrorEvent;
}

/** Resolves with the element's error event; rejects if it loads instead. */
export async function contentError(element: HTMLElement): Promise<ClinicContentErrorEvent> {
  return asContentError(await settled(element));
}

/** Creates `tag` with attributes and fallback markup inside, not yet in the page. */
export function create<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  attributes: Record<string, string> = {},
  fallback = '',
): HTMLElementTagNameMap[Tag] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.innerHTML = fallback;
  return element;
}

/**
 * Creates `tag` with attributes, fallback markup and a `content` property, appends it to `parent`, and
 * resolves once its content has loaded or failed, with the event that said so.
 */
export async function mountAndSettle<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  parent: ParentNode,
  content: unknown,
  attributes: Record<string, string> = {},
  fallback = '',
): Promise<{ element: HTMLElementTagNameMap[Tag]; event: CustomEvent }> {
  const element = create(tag, attributes, fallback);
  (element as { content?: unknown }).content = content;
  const done = settled(element);
  parent.append(element);
  return { element, event: await done };
}

/** As `mountAndSettle`, resolving with the element alone. */
export async function mount<Tag extends keyof HTMLElementTagNameMap>(
  ...args: Parameters<typeof mountAndSettle<Tag>>
): Promise<HTMLElementTagNameMap[Tag]> {
  return (await mountAndSettle(...args)).element;
}

/**
 * Appends `tag` with content (or attributes, such as `src`) it must refuse to `parent`, and resolves with the element
 * and its error's detail; rejects if the content loads instead.
 */
export async function mountRefused<Tag extends keyof HTMLElementTagNameMap>(
  ...args: Parameters<typeof mountAndSettle<Tag>>
): Promise<{ element: HTMLElementTagNameMap[Tag]; detail: ClinicContentErrorEvent['detail'] }> {
  const { element, event } = await mountAndSettle(...args);
  return { element, detail: asContentError(event).detail };
}

/** Whether the element shows `:state(name)` to CSS (`:--name` in engines from before the `:state()` syntax). */
export function inState(element: Element, name: string) {
  try {
    return element.matches(`:state(${name})`);
  } catch {
    return element.matches(`:--${name}`);
  }
}

/** Whether the element takes room on the page: rendered, and not collapsed to nothing. */
export const shown = (element: Element | null) => !!element && element.getBoundingClientRect().height > 0;
