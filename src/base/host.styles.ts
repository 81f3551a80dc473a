import { css } from 'lit';

/** What every element shares: box, type, and the still placeholder that keeps the space while loading. */
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
  .placeholder {
    min-block-size: var(--_placeholder-size, 8em);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_text) 5%, var(--_surface));
  }
`;
