import { css } from 'lit';

/**
 * The panel that the checklist and the consultation CTA are drawn in: its box, and its pill-shaped buttons
 * and links (`.button`, and `.button.primary` on the accent). Written once, so that the two look alike.
 */
export const panelStyles = css`
  .card {
    display: grid;
    gap: var(--_space-m);
    padding: var(--_space-l);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  /* 2.75em tall with the line height: a target larger than 24 px at any text size. */
  .button {
    display: inline-block;
    padding: 0.5em 1.2em;
    border: 0.125em solid var(--_accent);
    border-radius: 1.5em;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-weight: 600;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
  }
  .primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
`;
