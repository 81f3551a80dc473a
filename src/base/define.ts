/**
 * Registers a tag unless it already is: loading the script twice, or two versions, never throws. Where there is no
 * registry at all (Node without Lit's DOM shim) it registers nothing; under the shim it registers there, as a server
 * renderer needs.
 */
export function define(tag: string, element: CustomElementConstructor) {
  if (typeof customElements == 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, element);
}
