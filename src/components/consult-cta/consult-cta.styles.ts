import { css } from 'lit';

/** The CTA's own rules; its box, heading, buttons and focus ring come from base/. */
export const consultCtaStyles = css`
  :host {
    --_placeholder-size: 12em;
    --_error: #b3261e; /* 6.5:1 on white */
  }
  .top,
  form {
    display: grid;
    gap: var(--_space-s);
  }
  /* A full-width band, tinted with the accent. */
  .banner {
    border-width: 1px 0;
    border-radius: 0;
    background: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
  }
  form .heading {
    font-size: 1.2em;
  }
  .summary .heading {
    font-size: 1em;
  }
  .hours,
  .hint {
    color: var(--_muted);
  }
  .actions,
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  form {
    padding-block-start: var(--_space-m);
    border-block-start: 1px solid var(--_line);
  }
  label {
    font-weight: 600;
  }
  .location {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
  }
  input,
  select,
  textarea {
    padding: 0.5em;
    border: 1px solid var(--_muted);
    border-radius: 0.3em;
    font: inherit;
  }
  .check {
    display: flex;
    gap: var(--_space-s);
    font-weight: 400;
  }
  .check input {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
  }
  [aria-invalid='true'],
  .summary,
  .failed {
    border: 0.15em solid var(--_error);
  }
  .error,
  .summary a {
    color: var(--_error);
    font-weight: 600;
  }
  .summary,
  .sent,
  .failed {
    padding: var(--_space-m);
    border-radius: 0.3em;
  }
  .sent {
    border: 0.15em solid var(--_accent);
  }
  /* The live region is there from the start, empty, taking no room. */
  .idle {
    margin-block-start: calc(-1 * var(--_space-m));
  }
  /* Out of sight: the honeypot, there for a bot to fill, and "Sending…", which the button already shows. */
  .hp,
  .sending {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .bar {
    display: none;
  }
  .close {
    min-inline-size: 2.75em;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
  }
  /* Narrow screens: the floating CTA is a bar of buttons fixed to the bottom, until dismissed. */
  @media (width < 40em) {
    .bar:not([hidden]) {
      display: flex;
      position: fixed;
      inset: auto 0 0;
      z-index: 10;
      padding: var(--_space-s);
      border-block-start: 1px solid var(--_line);
      background: var(--_surface);
    }
    .bar .button {
      flex: 1;
    }
    .bar .number {
      display: none;
    }
    /* The card stays (its hours, form and the hand-off's focus); only the buttons the bar repeats give way. */
    .bar:not([hidden]) + .card .actions {
      display: none;
    }
    .bar.away {
      visibility: hidden;
    }
  }
`;
