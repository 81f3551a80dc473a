import { ClinicEvent } from '../../content/events.js';

/**
 * What the checklist tells the page's own script. Never anything about a crisis item: its id, label
 * and answer are left out, ticking it alone dispatches nothing, and there is no score (a screener's
 * published total, such as the PHQ-9's, includes the crisis item's answer).
 */
export interface ChecklistDetail {
  /** Ids of the ticked items (scored mode: answered above 0), in content order; crisis items never. */
  selected: string[];
  /** How many ids `selected` holds. */
  count: number;
}

/**
 * `change`: the visitor ticked, answered or cleared something. The native `change` of the inputs
 * stays inside the shadow root; this one bubbles out of it, with the selection as `detail`.
 */
export class ClinicChecklistChangeEvent extends ClinicEvent<ChecklistDetail> {
  constructor(detail: ChecklistDetail) {
    super('change', detail);
  }
}

/** The visitor used the button a `recommend` band shows. */
export class ClinicChecklistCompleteEvent extends ClinicEvent<ChecklistDetail> {
  constructor(detail: ChecklistDetail) {
    super('clinic-checklist-complete', detail);
  }
}

/**
 * The checklist's events by name, for its typed `addEventListener`: its `change` carries the selection, where the DOM's
 * own map, which a library cannot change, types every `change` as a plain `Event`.
 */
export interface SymptomChecklistEventMap extends HTMLElementEventMap {
  change: ClinicChecklistChangeEvent;
  'clinic-checklist-complete': ClinicChecklistCompleteEvent;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'clinic-checklist-complete': ClinicChecklistCompleteEvent;
  }
}
