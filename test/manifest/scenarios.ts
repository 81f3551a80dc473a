/**
 * Each element driven through every state it has and every event it dispatches, as a page and a visitor would, with
 * what it did recorded: the event types it dispatched, the parts and slots its shadow root held, the custom states it
 * showed. The manifest test compares that with custom-elements.json. A new event or part needs a step here too: the
 * test fails until the manifest and the scenario both have it.
 */
import { oneEvent } from '@open-wc/testing-helpers';
import '../../src/define.js';
import type { ClinicElement } from '../../src/base/clinic-element.js';
import { article } from '../article-card/helpers.js';
import { full, setValues } from '../consult-cta/helpers.js';
import { create, settled } from '../helpers/elements.js';
import { container } from '../helpers/page.js';
import { uniqueKey } from '../helpers/server.js';
import { until } from '../helpers/wait.js';
import { mountLoading, type ClinicTag, type StateCases } from '../helpers/states.js';
import { checklist, screener, tick, answer, recommend } from '../symptom-checklist/helpers.js';
import { timeline } from '../timeline/helpers.js';

/** The author's markup inside each tag, shown while loading and on error. */
const FALLBACK = '<a href="/">Our clinic</a>';

/** What one tag's elements did while a scenario drove them. */
export interface Observed {
  /** The first event of each type, by type. */
  events: Map<string, Event>;
  parts: Set<string>;
  slots: Set<string>;
  states: Set<string>;
}

/** Drives elements of one tag, recording what they do. */
export class Observer {
  readonly observed: Observed = { events: new Map(), parts: new Set(), slots: new Set(), states: new Set() };

  constructor(readonly tag: ClinicTag) {}

  /** Appends the element while its `src` is still on its way, and looks at it. */
  async loading(cases: Pick<StateCases, 'src' | 'attributes'>) {
    await this.look(await mountLoading(this.tag, { ...cases, fallback: FALLBACK }));
  }

  /** Appends the element with `content`, its events recorded from the start; looks once it has loaded or failed. */
  async settle<Element extends ClinicElement<unknown> = ClinicElement<unknown>>(
    content: unknown,
    attributes: Record<string, string> = {},
  ): Promise<Element> {
    const element = this.watch(create(this.tag, attributes, FALLBACK) as unknown as Element);
    element.content = content;
    const done = settled(element);
    container.append(element);
    await done;
    await this.look(element);
    return element;
  }

  /** Notes the parts and slots the element's shadow root holds once it has rendered. */
  async look(element: ClinicElement<unknown>) {
    await element.updateComplete;
    const root = element.shadowRoot!;
    for (const node of root.querySelectorAll('[part]')) node.part.forEach((name) => this.observed.parts.add(name));
    for (const slot of root.querySelectorAll('slot')) this.observed.slots.add(slot.name);
  }

  /** Records every event the element dispatches from now on, whichever code dispatches it. */
  watch<Element extends HTMLElement>(element: Element): Element {
    const dispatch = element.dispatchEvent.bind(element);
    element.dispatchEvent = (event) => {
      if (!this.observed.events.has(event.type)) this.observed.events.set(event.type, event);
      return dispatch(event);
    };
    return element;
  }

  /** Runs `scenario`, recording each custom state an element shows (`internals.states.add`) meanwhile. */
  async run(scenario: (observer: this) => Promise<void>): Promise<Observed> {
    const states = CustomStateSet.prototype;
    const add = Object.getOwnPropertyDescriptor(states, 'add')!;
    const record = this.observed.states;
    Object.defineProperty(states, 'add', {
      ...add,
      value(this: CustomStateSet, state: string) {
        record.add(state);
        return (add.value as CustomStateSet['add']).call(this, state);
      },
    });
    try {
      await scenario(this);
    } finally {
      Object.defineProperty(states, 'add', add);
    }
    return this.observed;
  }
}

/** Every state, part and event of each element. */
export const scenarios: Record<ClinicTag, (observer: Observer) => Promise<void>> = {
  async 'clinic-article-card'(observer) {
    await observer.loading({ src: 'test/fixtures/article.json' });
    await observer.settle(article);
    await observer.settle({ title: 5 });
  },

  async 'clinic-timeline'(observer) {
    await observer.loading({ src: 'test/fixtures/timelines.json', attributes: { timeline: 'short' } });
    await observer.settle(timeline, { current: '2' });
    await observer.settle({ ...timeline, steps: [] });
  },

  async 'clinic-symptom-checklist'(observer) {
    await observer.loading({ src: 'test/fixtures/checklists.json', attributes: { checklist: 'short' } });
    // `for` names no element: the recommend button reports it as a content error.
    const ticked = await observer.settle<HTMLElementTagNameMap['clinic-symptom-checklist']>(
      { ...checklist, attribution: 'Adapted from a published instrument.' },
      { for: 'no-such-element' },
    );
    await tick(ticked, 'pain', 'stiffness', 'fatigue', 'sadness', 'self-harm');
    await observer.look(ticked);
    recommend(ticked).click();
    const scored = await observer.settle<HTMLElementTagNameMap['clinic-symptom-checklist']>(screener);
    await answer(scored, [1, 2, 0]);
    await observer.look(scored);
    await observer.settle({ title: 5 });
  },

  async 'clinic-consult-cta'(observer) {
    await observer.loading({ src: 'stories/demo/content/cta.json' });
    for (const [reply, outcome] of [
      ['201', 'clinic-form-success'],
      ['500', 'clinic-form-error'],
    ] as const) {
      const action = `/form/${uniqueKey('manifest')}?reply=${reply}`;
      const cta = await observer.settle<HTMLElementTagNameMap['clinic-consult-cta']>(
        { ...full, form: { ...full.form, action } },
        { appearance: 'floating' },
      );
      setValues(cta);
      const done = oneEvent(cta, outcome);
      cta.shadowRoot!.querySelector('form')!.requestSubmit();
      await done;
      await observer.look(cta);
    }
    // The scheduler in the card, on a second origin, and a booking made there; then the pop-up.
    const calcom = `http://${location.hostname == 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}/scheduler/calcom/x`;
    const inline = await observer.settle<HTMLElementTagNameMap['clinic-consult-cta']>({
      ...full,
      booking: { url: calcom, provider: 'calcom', open: 'inline' },
    });
    const booked = oneEvent(inline, 'clinic-booking-complete');
    const frame = inline.shadowRoot!.querySelector('iframe')!;
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.contentWindow!.postMessage({ fake: 'book' }, '*');
    await booked;
    const popup = await observer.settle<HTMLElementTagNameMap['clinic-consult-cta']>({
      ...full,
      booking: { url: calcom, provider: 'calcom', open: 'popup' },
    });
    popup.shadowRoot!.querySelector<HTMLElement>('[data-channel="book"]')!.click();
    await until(() => !!popup.shadowRoot!.querySelector('dialog[open]'), 'the pop-up');
    await observer.look(popup);
    popup.shadowRoot!.querySelector('dialog')!.close();
    // Several locations: the picker.
    const place = { phone: full.phone, hours: full.hours };
    await observer.settle({
      locations: [
        { name: 'Irvine', ...place },
        { name: 'Newport Beach', ...place },
      ],
    });
    await observer.settle({});
  },
};
