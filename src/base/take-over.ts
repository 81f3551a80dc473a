/**
 * Lit's hydration, in a chunk of its own: only a page whose elements were pre-rendered (declarative shadow DOM in
 * the page) loads it, to take over the DOM the server wrote rather than render it again.
 */
export { hydrate } from '@lit-labs/ssr-client';
