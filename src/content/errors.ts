/** What went wrong while getting content; each kind has its own message. */
export type ContentErrorKind =
  | 'network' // unreachable, offline, refused by CORS
  | 'timeout'
  | 'http' // a status outside 200–299
  | 'content-type' // the server sent something that is not JSON (an HTML page, say)
  | 'json' // the body does not parse
  | 'schema' // the content does not match the element's schema (unsafe URLs included)
  | 'entry' // a collection without the entry the attribute names
  | 'attribute'; // an attribute whose value cannot be used (an unsafe src, a colour that is not one)

export class ContentError extends Error {
  constructor(
    readonly kind: ContentErrorKind,
    message: string,
    /** JSON path of the offending field (`steps[2].title`), or the attribute's name. */
    readonly path?: string,
    /** HTTP status, for `http` errors. */
    readonly status?: number,
  ) {
    super(message);
  }
}

/** Whatever was thrown, as a ContentError: a JSON syntax error or the browser's own fetch failure. */
export function toContentError(error: unknown): ContentError {
  if (error instanceof ContentError) return error;
  const { name, message } = error as Error;
  return name == 'SyntaxError'
    ? new ContentError('json', `not valid JSON (${message})`)
    : new ContentError('network', `could not be reached (offline, blocked, or refused by CORS: ${message})`);
}
