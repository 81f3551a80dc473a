import { css } from 'lit';

export const articleCardStyles = css`
  /*
   * The room kept while loading, without the page stylesheet: a percentage here is of the card's width. Stacked,
   * the image grows with the width; side by side, the text takes fewer lines as the card widens (fitted to the
   * demo articles from 320 to 1280 px).
   */
  :host {
    max-inline-size: 100%;
    --_placeholder-size: calc(27em + 35%);
  }
  :host([layout='horizontal']) {
    --_placeholder-size: max(11.5em, calc(52.4em - 92.5%), calc(20em - 8%));
  }
  .card,
  .body {
    display: flex;
    flex-direction: column;
  }
  .card {
    position: relative;
    block-size: 100%;
    overflow: hidden;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  /* Side by side when there is room, stacked when not: no media query, no container needed. */
  .horizontal {
    flex-flow: row wrap;
  }
  .horizontal .media {
    flex: 1 1 14em;
    aspect-ratio: auto;
    min-block-size: 10em;
  }
  .horizontal .body {
    flex: 999 1 0;
    min-inline-size: 55%;
  }
  .media {
    order: -1;
    aspect-ratio: var(--clinic-media-ratio, 16 / 9);
    background: var(--_line);
  }
  .media img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .body {
    gap: var(--_space-s);
    padding: var(--_space-m) var(--_space-m) var(--_space-l);
  }
  .heading {
    font-size: 1.25em;
    line-height: 1.3;
  }
  /* The whole card is the link's target area; nothing interactive is nested inside. */
  a {
    color: inherit;
    text-decoration: none;
  }
  a::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_radius);
  }
  .card:hover a {
    text-decoration: underline 0.1em var(--_accent);
  }
  a:focus-visible {
    outline: none;
  }
  a:focus-visible::after {
    outline: 0.2em solid var(--_text);
    outline-offset: -0.2em;
  }
  .category {
    order: -1;
    align-self: flex-start;
    padding: 0.1em 0.6em;
    border: 1px solid transparent;
    border-radius: 1em;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 0.8125em;
    font-weight: 600;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.875em;
  }
`;
