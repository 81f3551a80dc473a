/**
 * The booking URL with the page's `utm_*` query parameters added, so that a booking is credited to the campaign that
 * brought the visitor; a parameter the URL sets itself is kept as the marketer wrote it. A URL that gains nothing, or
 * is not http(s), stays as written.
 */
export function withUtm(url: string): string {
  const target = new URL(url, document.baseURI);
  const before = target.href;
  for (const [key, value] of new URLSearchParams(location.search)) {
    if (key.startsWith('utm_') && !target.searchParams.has(key)) target.searchParams.append(key, value);
  }
  return target.href != before && /^https?:$/.test(target.protocol) ? target.href : url;
}
