/**
 * A pre-rendered page (test/fixtures/prerender/, pre-rendered by the command when the test run starts) in a frame,
 * served under the strict Content Security Policy with Trusted Types (test/server/prerendered-pages.js).
 */
import { uniqueKey } from '../helpers/server.js';

export interface PrerenderedPage {
  frame: HTMLIFrameElement;
  document: Document;
  window: Window & typeof globalThis;
  /** Each `clinic-` element of the page, by its tag and order: `clinic-article-card`, then `clinic-article-card#2`. */
  elements: Map<string, HTMLElement & { status?: string }>;
  /** Lets the held-back script go. */
  release(): Promise<void>;
}

/**
 * Opens `file` in a frame. With `scripts: false` the frame is sandboxed without scripts (the page as a crawler, a
 * reader mode or a visitor with scripts off sees it); otherwise its script is held back until `release()`.
 */
export async function openPrerendered(file: string, { scripts }: { scripts: boolean }): Promise<PrerenderedPage> {
  const key = uniqueKey('prerendered');
  const frame = document.createElement('iframe');
  if (!scripts) frame.sandbox.add('allow-same-origin');
  frame.style.cssText = 'width: 700px; height: 900px; border: 0';
  frame.src = `/prerendered/${file}?key=${key}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  // With scripts, `load` (and DOMContentLoaded) wait for the held-back script: the page is parsed before.
  await (scripts ? domParsed(frame) : loaded);
  const page = frame.contentDocument!;
  const elements = new Map<string, HTMLElement>();
  for (const element of page.querySelectorAll<HTMLElement>('body > *')) {
    if (!element.localName.startsWith('clinic-')) continue;
    const name = elements.has(element.localName) ? `${element.localName}#2` : element.localName;
    elements.set(name, element);
  }
  return {
    frame,
    document: page,
    window: frame.contentWindow as Window & typeof globalThis,
    elements,
    release: async () => {
      await fetch(`/prerendered/release/${key}`);
    },
  };
}

/** Resolves once the frame's document is parsed (its deferred script may still be on its way). */
async function domParsed(frame: HTMLIFrameElement) {
  for (;;) {
    const page = frame.contentDocument;
    if (page && page.URL != 'about:blank' && page.readyState != 'loading') return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The texts of an element's shadow root, one space between each, white space collapsed. */
export function shadowText(element: Element) {
  const texts: string[] = [];
  const walker = document.createTreeWalker(element.shadowRoot!, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) texts.push(walker.currentNode.textContent!);
  return texts.join(' ').replace(/\s+/g, ' ').trim();
}
