import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContentError, toContentError } from './errors.js';
import { ClinicContentLoadEvent, reportError } from './events.js';
import { fetchedJson, fetchJson } from './fetch-json.js';
import { memo } from './memo.js';
import { isRecord, quote, type Schema } from './schema.js';
import { type ServerSource, serverSource } from './server-source.js';
import { isSafeUrl } from './url.js';

export type ContentStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface ContentHost extends ReactiveControllerHost, HTMLElement {
  content?: unknown;
  src: string | null;
  timeout: number;
}

export interface ContentOptions<T> {
  schema: Schema<T>;
  /** Key of a collection in a file: `articles` in `{"articles": [ … ]}`. */
  collection: string;
  /** The attribute that picks an entry of a collection by its `id`: `article`. */
  pickAttribute: string;
  pick(): string | null | undefined;
  /** Fields that attributes set, applied over the content before validation; `booking.url` sets a nested field. */
  overrides(): Record<string, unknown>;
  /** Where `loading | ready | error` is shown to CSS as `:state(…)`. */
  states?: CustomStateSet;
  /**
   * The code a validated content needs before it can show (the chunk of an opt-in feature, such as the CTA's
   * callback form): a promise for it, or nothing when it is there. The content stays loading until it arrives.
   */
  prepare?(value: T): Promise<unknown> | undefined;
}

/**
 * The one content pipeline: resolve the source (the `content` property, an inline
 * `<script type="application/json">`, then `src`), fetch it, pick the entry, apply attribute
 * overrides, validate, and expose `status`, `value` and `error`. Only the newest source can win.
 */
export class ContentController<T> implements ReactiveController {
  status: ContentStatus = 'idle';
  value?: T;
  error?: ContentError;

  /** Identity of the current source: the content object, the inline JSON text or the URL. */
  #key?: unknown;
  #source = '';
  /** The content before picking and validation; undefined until it has arrived (JSON never parses to undefined). */
  #raw?: unknown;
  /** Whether `#raw` is a fetched file, which never changes, rather than the page's own `content` object. */
  #fetched?: boolean;
  #derivedFrom?: string;
  #run?: AbortController;
  /** Tells the page what happened, once the host has rendered it. */
  #announce?: () => void;
  /** The status last shown to CSS as a custom state. */
  #shown?: ContentStatus;
  /**
   * An inline script may arrive after the element (streamed HTML) or be edited by a CMS. Made on connection, not with
   * the element, so that the element can be made where there is no DOM (a server renders it).
   */
  #observer?: MutationObserver;

  constructor(
    private readonly host: ContentHost,
    private readonly options: ContentOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected() {
    this.#observer ??= new MutationObserver(() => this.host.requestUpdate());
    this.#observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    this.host.requestUpdate();
  }

  hostDisconnected() {
    this.#observer?.disconnect();
    if (this.#run) {
      this.#run.abort();
      this.#run = this.#key = undefined; // so that reconnecting loads again
    }
  }

  hostUpdate() {
    const given = serverSource();
    if (given) return this.#serve(given);
    const { content, src } = this.host;
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    const key = content ?? (script ? `inline:${script.textContent}` : src ? `src:${src}` : null);
    if (key !== this.#key) {
      this.#key = key;
      this.#run?.abort();
      this.#run = this.#raw = this.#fetched = this.#derivedFrom = this.value = this.error = undefined;
      this.status = 'idle';
      try {
        if (content != null) {
          this.#source = 'content property';
          this.#raw = content;
        } else if (script) {
          this.#source = 'inline JSON';
          this.#raw = JSON.parse(script.textContent);
        } else if (src) {
          this.#source = src;
          this.#fetched = true;
          if (!isSafeUrl(src)) throw new ContentError('attribute', 'must be an http(s) or relative URL', 'src');
          this.#raw = fetchedJson(src);
          if (this.#raw === undefined) this.#fetch(src);
        }
      } catch (error) {
        this.#fail(error);
      }
    }
    if (this.#raw !== undefined) this.#derive(this.#raw);
  }

  /** On a server: the content the pre-renderer read from the page, validated as in the browser. */
  #serve({ raw, source }: ServerSource) {
    this.#source = source;
    this.#derivedFrom = undefined;
    this.#derive(raw);
  }

  hostUpdated() {
    if (this.#shown != this.status) {
      const states = this.options.states;
      if (this.#shown) states?.delete(this.#shown);
      if (this.status != 'idle') states?.add(this.status);
      this.#shown = this.status;
    }
    const announce = this.#announce;
    this.#announce = undefined;
    announce?.();
  }

  #fetch(src: string) {
    this.status = 'loading';
    const run = (this.#run = new AbortController());
    const settle = (apply: () => void) => {
      if (this.#run != run) return; // a newer source has taken over
      this.#run = undefined;
      apply();
      this.host.requestUpdate();
    };
    fetchJson(src, run.signal, this.host.timeout).then(
      (value) => settle(() => (this.#raw = value)),
      (error: unknown) => settle(() => this.#fail(error)),
    );
  }

  /** Picks the entry, applies the attribute overrides and validates; again only when one of them changed. */
  #derive(raw: unknown) {
    const id = this.options.pick();
    const overrides = Object.fromEntries(Object.entries(this.options.overrides()).filter(([, value]) => value != null));
    const key = JSON.stringify([id, overrides]);
    if (key == this.#derivedFrom) return;
    this.#derivedFrom = key;
    try {
      const validate = () => {
        const [entry, path] = pickEntry(raw, this.options.collection, this.options.pickAttribute, id);
        return this.options.schema.parse(isRecord(entry) ? override(entry, overrides) : entry, path);
      };
      // A fetched file never changes: the elements that show the same entry of it share one validated value.
      const value = this.#fetched ? sharedEntry(raw, this.options.collection + key, validate) : validate();
      const preparing = this.options.prepare?.(value);
      if (!preparing) return this.#show(value);
      this.status = 'loading';
      // Only if nothing newer has been derived meanwhile.
      const settle = (apply: () => void) => {
        if (this.#derivedFrom != key) return;
        apply();
        this.host.requestUpdate();
      };
      preparing.then(
        () => settle(() => this.#show(value)),
        (error: unknown) =>
          settle(() => this.#fail(new ContentError('network', `its code could not be loaded (${String(error)})`))),
      );
    } catch (error) {
      this.#fail(error);
    }
  }

  #show(value: T) {
    this.value = value;
    this.error = undefined;
    this.status = 'ready';
    const detail = { source: this.#source };
    this.#announce = () => this.host.dispatchEvent(new ClinicContentLoadEvent(detail));
  }

  #fail(thrown: unknown) {
    const error = (this.error = toContentError(thrown));
    this.value = undefined;
    this.status = 'error';
    const { kind, message, path, status } = error;
    const detail = { kind, message, path, status, source: this.#source };
    this.#announce = () => reportError(this.host, detail);
  }
}

/** The entries validated from each fetched file (kept as long as the file's request: for the page's life). */
const validatedEntries = memo(() => new Map<string, unknown>());

/**
 * The entry of a fetched `file` that `key` names (collection, id and overrides), validated once: 200 cards from one
 * file validate each article once, not 200 times. The value is shared, so it is frozen: no element can change
 * another's. An entry that fails is not kept: each element reports its own error.
 */
function sharedEntry<T>(file: unknown, key: string, validate: () => T): T {
  const entries = validatedEntries(file);
  if (!entries.has(key)) entries.set(key, deepFreeze(validate()));
  return entries.get(key) as T;
}

/** The value, and every object and list in it, made read-only. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value == 'object') Object.values(Object.freeze(value)).forEach(deepFreeze);
  return value;
}

/** A file holds one content object, or a collection (`{"articles": [ … ]}`) picked by `id`: the entry and its path. */
function pickEntry(raw: unknown, collection: string, attribute: string, id: string | null | undefined) {
  const list = isRecord(raw) && raw[collection];
  if (!Array.isArray(list)) return [raw, ''] as const;
  const ids = list.map((entry) => (isRecord(entry) ? String(entry.id) : '?'));
  const found = `found: ${ids.map(quote).join(', ') || 'none'}`;
  const index = ids.indexOf(id!);
  if (index < 0) {
    throw new ContentError(
      'entry',
      id
        ? `no entry with id ${quote(id)} in ${collection} (${found})`
        : `the file holds several ${collection}; pick one with ${attribute}="…" (${found})`,
      attribute,
    );
  }
  return [list[index], `${collection}[${index}]`] as const;
}

/**
 * The entry with the attributes' fields over it. A nested field only enters an object (or creates one), so a wrong type
 * is still reported.
 */
function override(entry: Record<string, unknown>, overrides: Record<string, unknown>) {
  const result = { ...entry };
  for (const [key, value] of Object.entries(overrides)) {
    const [outer, inner] = key.split('.') as [string, string?];
    const current = result[outer];
    if (!inner) result[outer] = value;
    else if (current === undefined || isRecord(current)) result[outer] = { ...current, [inner]: value };
  }
  return result;
}
