/**
 * Writes an element's schema.org data (JSON-LD) as a `<script type="application/ld+json">` inside it, in the light
 * DOM where search engines read it. Under Trusted Types a script's text needs a policy: the elements use one named
 * `clinic-elements`, and a page whose CSP does not list it (`trusted-types lit-html clinic-elements`) gets none.
 */
interface ScriptPolicy {
  createScript(text: string): string;
}
type PolicyFactory = { createPolicy(name: string, rules: ScriptPolicy): ScriptPolicy } | undefined;

/** The policy; null where the page forbids it; undefined until first asked for. */
let policy: ScriptPolicy | null | undefined;

function scriptPolicy() {
  const factory = (window as { trustedTypes?: PolicyFactory }).trustedTypes;
  try {
    // JSON-LD is data, never run: its text only has to be JSON, which JSON.stringify makes it.
    policy ??= factory?.createPolicy('clinic-elements', { createScript: (text) => text }) ?? null;
  } catch {
    policy = null;
  }
  return factory ? policy : { createScript: (text: string) => text };
}

/** A URL from content, made absolute where the page's address is known (search engines want absolute URLs). */
export const absolute = (url: string, base?: string) => (base ? new URL(url, base).href : url);

/** JSON for inside a script element: `<` escaped, so that no `</script>` in content can end it. */
export const scriptJson = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c');

/** Writes `data` into `host`, replacing what it wrote before; does nothing where Trusted Types forbid it. */
export function writeStructuredData(host: HTMLElement, data: unknown) {
  const allowed = scriptPolicy();
  if (!allowed) return;
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.text = allowed.createScript(scriptJson(data));
  host.querySelector(':scope > script[type="application/ld+json"]')?.remove();
  host.append(script);
}
