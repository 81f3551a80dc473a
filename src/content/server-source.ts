/**
 * On a server (the pre-renderer, with Lit's SSR), there is no DOM to find an element's inline JSON, fetch its `src`
 * or read the nearest `lang`: the pre-renderer reads them from the page and hands them to the element it is about to
 * render, for as long as that one synchronous render lasts. Nothing in a browser ever sets it.
 */
export interface ServerSource {
  /** The content as parsed from the inline script or the `src` file, before picking and validation. */
  raw: unknown;
  /** Where it came from, as the browser names it in errors: `inline JSON` or the `src` value. */
  source: string;
  /** The nearest `lang` in the page, or `''`. */
  lang: string;
}

let current: ServerSource | undefined;

/** Runs `render` (synchronous) with `source` as the content of the element it renders. */
export function renderingWith<T>(source: ServerSource, render: () => T): T {
  current = source;
  try {
    return render();
  } finally {
    current = undefined;
  }
}

/** What the pre-renderer handed over, while it renders an element; otherwise nothing. */
export const serverSource = () => current;
