import { ClinicEvent } from '../../content/events.js';

/**
 * What the checklist tells the page's own script. Never anything about a crisis item: its id,
 * label and answer are left out (in scored mode the published total still includes its value).
 */
export interface ChecklistDetail {
  /** Ids of the ticked items (scored mode: answered above 0), in content order; crisis items never. */
  selected: string[];
  /** How many ids `selected` holds. */
  count: number;
  /** Scored mode only: the sum of every answer, as the instrument defines its total. */
  score?: number;
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

declare global {
  interface GlobalEventHandlersEventMap {
    'clinic-checklist-complete': ClinicChecklistCompleteEvent;
  }
}
