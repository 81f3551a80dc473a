import { css } from 'lit';

/**
 * What every element shares: box, type, spacing, the focus ring, and the still placeholder that keeps the
 * space while loading.
 */
export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    /* important: a reset such as "* { font-size: 10px }" must not shrink us; the token still works. */
    font-size: var(--clinic-font-size, medium) !important;
    font-family: var(--clinic-font-family);
    line-height: 1.5;
    color: var(--_text);
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  /* Spacing comes from each element's own gaps, never from the browser's default margins. */
  p,
  ul,
  ol,
  .heading {
    margin: 0;
  }
  .heading {
    font-size: 1.5em;
    line-height: 1.25;
  }
  /* One focus ring for every control, in the text colour so that it shows on any surface. */
  :focus-visible {
    outline: 0.2em solid var(--_text);
    outline-offset: 0.15em;
  }
  .placeholder {
    min-block-size: var(--_placeholder-size, 8em);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_text) 5%, var(--_surface));
  }
`;
