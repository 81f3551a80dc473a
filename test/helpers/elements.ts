import type { ClinicContentErrorEvent } from '../../src/content/events.js';

let counter = 0;
/** A key no other test uses, so that the shared request cache and the server's counts start clean. */
export function uniqueKey(name = 'k'): string {
  return `${name}-${Date.now().toString(36)}-${++counter}`;
}

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

/** Resolves with the element's error event; rejects if it loads instead. */
export async function contentError(element: HTMLElement): Promise<ClinicContentErrorEvent> {
  const event = await settled(element);
  if (event.type !== 'clinic-content-error') throw new Error(`expected an error, but content loaded`);
  return event as ClinicContentErrorEvent;
}

/** Records console.error calls while letting them through; call `restore` when done. */
export function captureConsoleErrors() {
  const original = console.error;
  const lines: string[] = [];
  console.error = (...args: unknown[]) => {
    lines.push(args.map(String).join(' '));
    original.apply(console, args);
  };
  return { lines, restore: () => (console.error = original) };
}

/** A JSON file or answer from the test server, typed as the test expects it. */
export async function getJson<T>(url: string): Promise<T> {
  return (await fetch(url)).json() as Promise<T>;
}

/** What the fault server saw for a key. */
export function serverCount(key: string) {
  return getJson<{ requests: number; aborted: number }>(`/fault/count/${key}`);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Creates `tag` with attributes, fallback markup and a `content` property, appends it to `parent`, and
 * resolves once its content has loaded or failed.
 */
export async function mount<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  parent: ParentNode,
  content: unknown,
  attributes: Record<string, string> = {},
  fallback = '',
): Promise<HTMLElementTagNameMap[Tag]> {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.innerHTML = fallback;
  (element as { content?: unknown }).content = content;
  const done = settled(element);
  parent.append(element);
  await done;
  return element;
}
