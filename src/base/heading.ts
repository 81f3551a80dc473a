import { html, type TemplateResult } from 'lit';

/** `heading-level` as a number from 1 to 6; anything else falls back. */
export function headingLevel(value: unknown, fallback: number): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : fallback;
}

/**
 * A real `h1`–`h6`; a level past 6 (a subheading under an `h6`) stays `h6`. Templates need the tag spelt
 * out, so there is one per level.
 */
export function heading(level: number, content: unknown, part = 'title'): TemplateResult {
  switch (Math.min(level, 6)) {
    case 1:
      return html`<h1 part=${part} class="heading">${content}</h1>`;
    case 2:
      return html`<h2 part=${part} class="heading">${content}</h2>`;
    case 4:
      return html`<h4 part=${part} class="heading">${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class="heading">${content}</h5>`;
    case 6:
      return html`<h6 part=${part} class="heading">${content}</h6>`;
    default:
      return html`<h3 part=${part} class="heading">${content}</h3>`;
  }
}
