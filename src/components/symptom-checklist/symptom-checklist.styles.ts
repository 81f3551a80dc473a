import { css } from 'lit';

/** The checklist's own rules; its box, heading, buttons and focus ring come from base/. */
export const symptomChecklistStyles = css`
  :host {
    --_placeholder-size: 40em;
  }
  fieldset,
  legend,
  label,
  input,
  button {
    margin: 0;
  }
  fieldset,
  .crisis {
    display: grid;
    gap: var(--_space-s);
    min-inline-size: 0;
    padding: 0;
    border: 0;
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
  /*
   * A crisis item's live region is always there, so that screen readers announce it as it fills; empty, it takes no
   * room (its gap in the group's grid is taken back).
   */
  .crisis-region:empty {
    margin-block-start: calc(-1 * var(--_space-s));
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
  .open-items {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space-s);
  }
  .open-items ul {
    margin: 0;
  }
  .crisis {
    padding: var(--_space-m);
    border: 0.2em solid var(--_accent);
    border-radius: var(--_radius);
  }
  .crisis .heading {
    font-size: 1.125em;
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
