/**
 * How `<clinic-symptom-checklist for="id">` leads the visitor to the element with that id (the
 * consultation CTA): it sets `symptoms` (labels of the visitor's ticked answers, never a crisis item),
 * scrolls to the element and focuses it. The target decides what to do with them; the CTA adds them to
 * its form only if the visitor ticks a box saying so. Nothing is sent by the hand-off itself.
 */
export interface HandOffTarget extends HTMLElement {
  symptoms: string[];
}

export function isHandOffTarget(element: Element | null): element is HandOffTarget {
  return !!element && 'symptoms' in element;
}
