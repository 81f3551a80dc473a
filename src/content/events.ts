import type { ContentErrorKind } from './errors.js';
import { oneLine } from './text.js';

/** Every clinic event bubbles and crosses shadow roots, so a page can listen once on `document`. */
export class ClinicEvent<Detail> extends CustomEvent<Detail> {
  constructor(type: string, detail: Detail) {
    super(type, { bubbles: true, composed: true, detail });
  }
}

export interface ContentLoadDetail {
  /** Where the content came from: the `src` URL, the inline script or the `content` property. */
  source: string;
}

export interface ContentErrorDetail {
  kind: ContentErrorKind;
  message: string;
  source: string;
  /** JSON path of the field (`articles[1].title`), or the attribute's name. */
  path?: string;
  status?: number;
}

/** Content was validated and rendered. */
export class ClinicContentLoadEvent extends ClinicEvent<ContentLoadDetail> {
  constructor(detail: ContentLoadDetail) {
    super('clinic-content-load', detail);
  }
}

/** Content could not be fetched, parsed or validated; the author's fallback markup stays visible. */
export class ClinicContentErrorEvent extends ClinicEvent<ContentErrorDetail> {
  constructor(detail: ContentErrorDetail) {
    super('clinic-content-error', detail);
  }
}

/**
 * The one line a developer can act on: `clinic-timeline: steps[2].title: expected a string (from /timeline.json)`.
 * It stays one line: a path or source from content, or a browser's own message, may hold a line break. The
 * pre-renderer prints the same.
 */
export function errorLine(
  tag: string,
  { path, message, source }: Pick<ContentErrorDetail, 'path' | 'message' | 'source'>,
) {
  return oneLine(`${tag}: ${path ? `${path}: ` : ''}${message} (from ${source})`);
}

/** Logs the error's line and tells the page with an event. Never throws. */
export function reportError(host: HTMLElement, detail: ContentErrorDetail) {
  console.error(errorLine(host.localName, detail));
  host.dispatchEvent(new ClinicContentErrorEvent(detail));
}

/** An attribute whose value cannot be used (`path` names it): reported as the content's own errors are. */
export function reportAttribute(host: HTMLElement, path: string, message: string) {
  reportError(host, { kind: 'attribute', message, source: 'attribute', path });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'clinic-content-load': ClinicContentLoadEvent;
    'clinic-content-error': ClinicContentErrorEvent;
  }
}
