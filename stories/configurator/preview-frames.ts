/**
 * The live preview: the real element, from the built script, in three same-origin frames (preview.html, under the
 * same strict CSP) at a phone's, a tablet's and a desktop's width. Frames rather than boxes of those widths because
 * an element may follow the viewport as well as its container (the CTA's narrow layout is a media query). The
 * configurator writes into each frame's document with DOM calls and the `content` property; never HTML.
 */

export const PREVIEW_WIDTHS = [
  { name: 'phone', width: 360 },
  { name: 'tablet', width: 768 },
  { name: 'desktop', width: 1200 },
] as const;

/** What the preview shows: the element, its attributes and its (valid) content as JSON text. */
export interface PreviewState {
  tag: string;
  attributes: Record<string, string | true>;
  json: string;
}

type FrameWindow = Window & typeof globalThis;

/** Shows `state` in a loaded frame: the element is replaced when the tag changes, updated otherwise. */
export function showInFrame(frame: HTMLIFrameElement, state: PreviewState) {
  const frameWindow = frame.contentWindow as FrameWindow | null;
  const doc = frame.contentDocument;
  const stage = doc?.querySelector('main');
  if (!frameWindow || !doc || !stage) return;
  let element = stage.firstElementChild as (HTMLElement & { content?: unknown }) | null;
  if (element?.localName != state.tag) {
    element = doc.createElement(state.tag);
    stage.replaceChildren(element);
  }
  for (const { name } of [...element.attributes]) if (!(name in state.attributes)) element.removeAttribute(name);
  for (const [name, value] of Object.entries(state.attributes)) {
    const text = value === true ? '' : value;
    if (element.getAttribute(name) !== text) element.setAttribute(name, text);
  }
  // Parsed in the frame's own realm, as the element would parse its inline JSON.
  element.content = frameWindow.JSON.parse(state.json) as unknown;
}

/** The height of a frame's page, to size the frame to it (no scroll bar inside a preview). */
export function contentHeight(frame: HTMLIFrameElement): number {
  const page = frame.contentDocument?.documentElement; // none while the frame is between documents
  return page ? Math.ceil(page.getBoundingClientRect().height) : 0;
}
