/**
 * Whether a URL from content or an attribute may reach an `href` or `src`: http(s), mailto, tel or
 * relative. It is parsed the way the browser will parse it, so `java\tscript:`, ` JAVASCRIPT:` and
 * `data:` are all caught. A fixed base keeps relative URLs relative, whatever page they are on.
 */
export function isSafeUrl(value: string): boolean {
  try {
    return /^(https?|mailto|tel):$/.test(new URL(value, 'http://a').protocol);
  } catch {
    return false;
  }
}
