import { oneLine } from './text.js';

/**
 * Whether a URL from content or an attribute may reach an `href` or `src`: http(s), mailto, tel or
 * relative. It is parsed the way the browser will parse it, so ` JAVASCRIPT:` and `data:` are
 * caught. A fixed base keeps relative URLs relative, whatever page they are on. A control character
 * anywhere refuses it (`jav\u0000ascript:` would otherwise pass as a relative URL), and so does a raw
 * line or paragraph separator, which no real URL holds.
 */
export function isSafeUrl(value: string): boolean {
  try {
    // oneLine() leaves a URL as it is only if it holds no control character.
    return oneLine(value) == value && /^(https?|mailto|tel):$/.test(new URL(value, 'http://a').protocol);
  } catch {
    return false;
  }
}
