import { css } from 'lit';

/**
 * What every element shares: box, type, spacing, the focus ring, and the space kept while loading.
 */
export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    /*
     * Every inherited text property is the element's own, so that a theme's body { text-transform:
     * uppercase; white-space: nowrap; text-indent: 3em; … } or a reset's "* { … }" stops at the element.
     * important: page rules that select the element itself ("*", a tag selector) would otherwise win over
     * :host. Direction and lang still inherit. Pages restyle through the tokens and ::part().
     * The family is the one text style taken from the page: unset, the token is invalid and the family
     * inherits; set, it wins even over a reset's "* { font: inherit }".
     */
    color: var(--_text) !important;
    font-family: var(--clinic-font-family) !important;
    font-size: var(--clinic-font-size, medium) !important;
    font-style: normal !important;
    font-weight: 400 !important;
    font-variant: normal !important;
    font-stretch: normal !important;
    line-height: 1.5 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-indent: 0 !important;
    text-align: start !important;
    text-shadow: none !important;
    white-space: normal !important;
    hyphens: manual !important;
    word-break: normal !important;
    overflow-wrap: break-word !important;
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
  /*
   * While loading, the element is a tinted box as tall as its content will be: a spacer floats beside the
   * fallback markup. The page stylesheet (dist/clinic-elements.css) sets --_reserved-height, measured; without
   * it, each element's own estimate. The same spacer keeps the space before the script has run.
   */
  :host(:state(loading)) {
    display: flow-root;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_text) 5%, var(--_surface));
  }
  :host(:state(loading))::before {
    content: '';
    float: inline-start;
    padding-block-start: var(--clinic-reserved-height, var(--_reserved-height, var(--_placeholder-size, 8em)));
  }
`;
