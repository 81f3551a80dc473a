import { css } from 'lit';

export const symptomChecklistStyles = css`
  :host {
    --_placeholder-size: 24em;
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
    padding: var(--_space-l);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .card > *,
  .crisis > * {
    margin: 0;
  }
  .heading {
    font-size: 1.5em;
    line-height: 1.25;
  }
  fieldset {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0 0 var(--_space-s);
    font-weight: 700;
  }
  .groups {
    display: grid;
    gap: var(--_space-l);
  }
  .item legend {
    font-weight: 400;
  }
  label {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-s);
    cursor: pointer;
  }
  input {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .hint,
  .small {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .hint {
    margin-inline-start: 2.25em;
  }
  .responses {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-m);
  }
  .crisis {
    display: grid;
    gap: var(--_space-s);
    padding: var(--_space-m);
    border: 0.2em solid var(--_accent);
    border-radius: var(--_radius);
  }
  .crisis .heading {
    font-size: 1.125em;
  }
  ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    padding: 0;
    list-style: none;
  }
  a,
  button {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75em;
    padding: 0 var(--_space-m);
    border: 1px solid var(--_accent);
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
  .summary strong {
    display: block;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  @media print {
    .card {
      border: 0;
      padding: 0;
    }
    .actions,
    [part~='group']:not(:has(:checked)),
    :is(.item:not(fieldset), .responses label):not(:has(:checked)) {
      display: none;
    }
  }
`;
