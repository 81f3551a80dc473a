/**
 * The work, kept: in localStorage across reloads, and in the address's hash as a link to share (the JSON compressed
 * with the browser's own CompressionStream, 'deflate-raw', then base64url). Nothing is sent anywhere: a hash never
 * reaches a server.
 */

export interface SavedState {
  /** The element's name (`symptom-checklist`). */
  kind: string;
  content: unknown;
  attributes: Record<string, string | true>;
}

const STORAGE_KEY = 'clinic-configurator';
const HASH_PREFIX = '#state=';

function isSavedState(value: unknown): value is SavedState {
  const state = value as SavedState | null;
  return !!state && typeof state.kind == 'string' && typeof state.attributes == 'object';
}

export function saveLocally(state: SavedState) {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
  } catch {
    // Storage full or turned off: the link still keeps the work.
  }
}

export function loadLocally(): SavedState | undefined {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    return isSavedState(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

async function transform(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const output = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(output).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(binary, (character) => character.charCodeAt(0));
}

/** The hash that holds `state`: `#state=…`. */
export async function stateHash(state: SavedState): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(state));
  return HASH_PREFIX + toBase64Url(await transform(json, new CompressionStream('deflate-raw')));
}

/** The state a hash holds, or nothing when it holds none (or one that does not read). */
export async function stateFromHash(hash: string): Promise<SavedState | undefined> {
  if (!hash.startsWith(HASH_PREFIX)) return undefined;
  try {
    const bytes = await transform(
      fromBase64Url(hash.slice(HASH_PREFIX.length)),
      new DecompressionStream('deflate-raw'),
    );
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return isSavedState(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
