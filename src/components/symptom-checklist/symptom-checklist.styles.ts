import { css } from 'lit';

export const symptomChecklistStyles = css`
  :host {
    --_placeholder-size: 40em;
  }
  .card,
  fieldset,
  .crisis {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .card {
    gap: var(--_space-m);
    padding: var(--_space-l);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  * {
    margin: 0;
  }
  .heading {
    font-size: 1.5em;
    line-height: 1.25;
  }
  legend {
    padding: 0 0 var(--_space-s);
    font-weight: 700;
  }
  .groups {
    display: grid;
    gap: var(--_space-l);
  }
  fieldset.item {
    padding-block-end: var(--_space-s);
  }
  .item legend {
    font-weight: 400;
  }
  label {
    display: flex;
    gap: var(--_space-s);
  }
  input {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    accent-color: var(--_accent);
  }
  .hint,
  .small {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .hint {
    display: block;
    margin-inline-start: 2em;
  }
  /* The crisis region is always there, so that screen readers announce it as it fills; empty, it takes no room. */
  [role='alert']:empty {
    margin-block-start: calc(-1 * var(--_space-m));
  }
  .responses,
  ul,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-m);
    padding: 0;
    list-style: none;
  }
  .crisis {
    padding: var(--_space-m);
    border: 0.2em solid var(--_accent);
    border-radius: var(--_radius);
  }
  .crisis .heading {
    font-size: 1.125em;
  }
  a,
  button {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75em;
    padding: 0 var(--_space-m);
    border: 1px solid;
    border-radius: 1.5em;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .recommend,
  a {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  :focus-visible {
    outline: 0.2em solid var(--_text);
    outline-offset: 0.15em;
  }
  strong {
    display: block;
  }
  @media print {
    .card {
      border: 0;
      padding: 0;
    }
    .actions,
    fieldset:not(:has(:checked)),
    :is(div.item, .responses label):not(:has(:checked)) {
      display: none;
    }
  }
`;
