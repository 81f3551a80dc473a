import { css, unsafeCSS } from 'lit';

const ownStyles = css`
  :host {
    --_placeholder-size: 30em;
    --_rail: var(--_line);
    /* In a flex row, take the free room: the steps' frame is a size container, which has no width of its own. */
    flex-grow: 1;
  }
  .intro {
    margin-block-start: var(--_space-s);
  }
  /* Whether the steps sit side by side follows this box's width, not the window's. */
  .frame {
    container-type: inline-size;
    margin-block-start: var(--_space-l);
  }
  ol {
    display: grid;
    gap: var(--_space-l);
    padding: 0;
    list-style: none;
  }
  .step {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.4em;
    min-block-size: 2.5em;
    padding-inline-start: 3.25em;
  }
  .done {
    --_rail: var(--_accent);
  }
  .number {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    display: grid;
    place-items: center;
    inline-size: 2.5em;
    block-size: 2.5em;
    border: 0.125em solid var(--_accent);
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
  }
  .upcoming .number {
    border-color: var(--_line);
    background: var(--_surface);
    color: var(--_text);
  }
  .current .number {
    outline: 0.2em solid var(--_accent);
    outline-offset: 0.15em;
  }
  /* The line to the next step: a border, so that forced colours keep it. */
  .step:not(:last-child)::after {
    content: '';
    position: absolute;
    inset-block: 3em calc(0.5em - var(--_space-l));
    inset-inline-start: calc(1.25em - 1px);
    border: 0 solid var(--_rail);
    border-inline-start-width: 2px;
  }
  .step .heading {
    display: flex;
    gap: 0.4em;
    padding-block-start: 0.4em;
    font-size: 1.125em;
  }
  /* A long word breaks rather than pushing its step wider. */
  .heading span {
    min-inline-size: 0;
  }
  .icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .state {
    margin-inline-end: 0.4em;
    padding: 0 0.6em;
    border: 1px solid;
    border-radius: 1em;
  }
  .current .state {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  /* The browser's own disclosure triangle: it shows in forced colours, and it does not move. */
  summary {
    inline-size: fit-content;
    padding-block: 0.25em;
    font-weight: 600;
    cursor: pointer;
  }
  details ul {
    padding-inline-start: 1.25em;
  }
  .notes {
    display: grid;
    margin-block-start: var(--_space-l);
    gap: var(--_space-s);
  }
  .note {
    padding: var(--_space-m);
    border-inline-start: 0.25em solid var(--_accent);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
  }
  .note .heading {
    font-size: 1em;
  }
`;

/** Steps side by side: the circles on one line above the text, the line to the next step drawn across. */
const sideBySide = css`
  ol {
    grid-auto-flow: column;
    grid-auto-columns: minmax(0, 1fr);
    gap: var(--_space-m);
  }
  .step {
    padding: 3.25em 0 0;
  }
  .step::after {
    inset-block: calc(1.25em - 1px) auto;
    inset-inline: 3em calc(0.5em - var(--_space-m));
    border-width: 2px 0 0;
  }
  .step .heading {
    padding: 0;
  }
`;

/**
 * The steps of `layout` go side by side once the steps' frame is `minWidth` wide: the same rules for both
 * layouts, nested under each one's container query.
 */
const sideBySideFrom = (layout: 'horizontal' | 'auto', minWidth: string) =>
  unsafeCSS(`@container (min-width: ${minWidth}) { .${layout} { ${sideBySide.cssText} } }`);

/** "horizontal" as soon as each step has some room; "auto" only when there is plenty. */
export const timelineStyles = [ownStyles, sideBySideFrom('horizontal', '36em'), sideBySideFrom('auto', '56em')];
