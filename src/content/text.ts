/**
 * Control characters (Unicode's Cc: C0, DEL and C1) and the line and paragraph separators: no log line shows one raw,
 * and no URL may hold one (parsers drop, keep or stop at them differently).
 */
const controlCharacters = /[\p{Cc}\p{Zl}\p{Zp}]/gu;

/** `text` on one line: every control character percent-encoded, a newline as `%0A`. */
export const oneLine = (text: string) => text.replace(controlCharacters, encodeURI);
