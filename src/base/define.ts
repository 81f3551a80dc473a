/** Registers a tag unless it already is: loading the script twice, or two versions, never throws. */
export function define(tag: string, element: CustomElementConstructor) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
