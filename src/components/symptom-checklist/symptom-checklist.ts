import { html, nothing, type PropertyDeclarations } from 'lit';
import { track } from '../../base/analytics.js';
import { ClinicElement } from '../../base/clinic-element.js';
import { type HandOffTarget, isHandOffTarget } from '../../base/hand-off.js';
import { heading, headingLevel } from '../../base/heading.js';
import { localize, type Phrase, type Said } from '../../base/locale.js';
import { type symptomChecklistEnglish, symptomChecklistWords } from './symptom-checklist.words.js';
import { ContentController } from '../../content/content-controller.js';
import { reportAttribute } from '../../content/events.js';
import { quote } from '../../content/schema.js';
import {
  type ChecklistDetail,
  ClinicChecklistChangeEvent,
  ClinicChecklistCompleteEvent,
  type SymptomChecklistEventMap,
} from './symptom-checklist.events.js';
import { symptomChecklistContent, type SymptomChecklistContent } from './symptom-checklist.schema.js';
import { symptomChecklistStyles } from './symptom-checklist.styles.js';
import { panelStyles } from '../../base/panel.styles.js';

/** The `id` of a screener's question, by its position among all items (from 0): what the open-items links point to. */
const questionId = (index: number) => `question-${index + 1}`;
/** The `id` of the crisis resources, which the summary's link points to; they show in one place at a time. */
const CRISIS_ID = 'crisis';

type Item = SymptomChecklistContent['groups'][number]['items'][number];
type Responses = NonNullable<SymptomChecklistContent['responses']>;
type FollowUp = NonNullable<NonNullable<SymptomChecklistContent['bands']>[number]['followUp']>;
/** Answers as kept between renders and in storage: item id → value of the chosen response. */
type Answers = Record<string, number>;

/** Words as shown: the content's as written, or built-in ones as `phrase` gives them. */
type Shown = ReturnType<Phrase>;
/** The crisis resources as shown. */
interface CrisisResources {
  heading: Shown;
  text?: Shown;
  actions: { label: Shown; href: string }[];
}

type Words = Said<typeof symptomChecklistEnglish>;

/**
 * @tagname clinic-symptom-checklist
 * @summary Symptoms to tick (or, for a validated screener, to answer), a live summary with guidance,
 * crisis resources the moment a crisis item is ticked, a disclaimer, and a hand-off to the consultation.
 * It never diagnoses, and sends nothing anywhere.
 *
 * @slot - Fallback markup, shown while loading and if the content fails.
 * @event {ClinicChecklistChangeEvent} change - The visitor ticked, answered or cleared something; `detail` is
 *   `{ selected, count }`, crisis items left out.
 * @event {ClinicChecklistCompleteEvent} clinic-checklist-complete - The visitor used the button a `recommend` band
 *   shows; same `detail`.
 * @event {ClinicContentLoadEvent} clinic-content-load - The content was validated and rendered.
 * @event {ClinicContentErrorEvent} clinic-content-error - The content could not be fetched, parsed or validated, or
 *   `for` names no element; `detail` says why.
 * @csspart card - The `article` around everything.
 * @csspart title - The heading.
 * @csspart intro - The text under the heading.
 * @csspart group - A group's `fieldset`.
 * @csspart item - One symptom: a row with its checkbox, or (scored) a `fieldset` of answers.
 * @csspart hint - An item's hint.
 * @csspart crisis - The crisis resources, shown right after the crisis item that brought them out, while it is ticked.
 * @csspart crisis-link - Under the summary while the crisis resources show: a link that moves focus to them.
 * @csspart crisis-title - The crisis resources' heading.
 * @csspart summary - The live count (or, once every question is answered, the score) and the guidance of its band.
 * @csspart open-items - Scored: the questions still open, each a link to itself, once the visitor has begun.
 * @csspart button - The recommend, print and clear buttons.
 * @csspart disclaimer - The reminder that this is not a diagnosis.
 * @csspart attribution - The credit of a published instrument.
 * @cssproperty --clinic-accent - Ticks, the recommend button and the crisis frame. Default `#0b6e4f`.
 * @cssproperty --clinic-on-accent - Text on the accent. Default: black or white, whichever reads better.
 * @cssproperty --clinic-text - Text colour. Default `#1d2428`.
 * @cssproperty --clinic-surface - Background. Default `#fff`.
 * @cssproperty --clinic-radius - Corner radius. Default `0.75em`.
 * @cssproperty --clinic-space-s - Small gap. Default `0.5em`.
 * @cssproperty --clinic-space-m - Gap between parts. Default `1em`.
 * @cssproperty --clinic-space-l - Padding. Default `1.5em`.
 * @cssproperty --clinic-font-family - Font. Default: the page's.
 * @cssproperty --clinic-font-size - Base size; everything scales with it. Default `medium`.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed listeners: the interface below
export class SymptomChecklist extends ClinicElement<SymptomChecklistContent> {
  static override properties: PropertyDeclarations = {
    checklist: {},
    htmlFor: { attribute: 'for' },
    analytics: {},
    persist: { type: Boolean },
  };

  static override styles = [...ClinicElement.styles, panelStyles, symptomChecklistStyles];

  // The property accessors on the prototype now, before registration: ClinicElement says why.
  static {
    this.finalize();
  }

  /** Picks a checklist by `id` when `src` holds a collection (`{"checklists": [ … ]}`). */
  declare checklist: string | null;
  /**
   * Id of the element the recommend button leads to (the consultation CTA): scrolled to, focused, given the ticked
   * symptoms.
   */
  declare htmlFor: string | null;
  /**
   * `datalayer` pushes `{event: "clinic_checklist_completed"}` to `window.dataLayer` when the recommend button is used;
   * nothing else.
   */
  declare analytics: string | null;
  /** Keeps the answers in `sessionStorage` (this tab only) until Clear; off by default. */
  declare persist: boolean;

  protected readonly data = new ContentController<SymptomChecklistContent>(this, {
    ...symptomChecklistContent,
    pick: () => this.checklist,
    overrides: () => ({ title: this.heading }),
    states: this.internals.states,
  });

  /** The visitor's answers: item id → value of the chosen response (1 for a ticked box). */
  #answers = new Map<string, number>();
  /** The content the answers belong to. */
  #content?: SymptomChecklistContent;
  /** Whether the next content is a follow-up the visitor asked for: its first open question then takes focus. */
  #followingUp = false;
  /** The element the recommend button led to; it is kept up to date as answers change afterwards. */
  #target?: HandOffTarget;

  constructor() {
    super();
    this.checklist = this.htmlFor = this.analytics = null;
    this.persist = false;
  }

  /**
   * The answers belong to the content: a new content starts from what this tab kept (with `persist`), and new words
   * for the same checklist (an attribute override) keep what the visitor answered. Before render, not in it.
   */
  protected override adoptContent(content: SymptomChecklistContent) {
    const kept = this.#content ? Object.fromEntries(this.#answers) : undefined;
    this.#content = content;
    this.#answers = this.#restore(
      content.groups.flatMap((group) => group.items),
      kept,
    );
  }

  /**
   * The boxes' `checked` attributes say the answers, as a server writes them too; but a box the visitor has touched
   * no longer follows its attribute, so after each render its state is set to the answers (after Clear, say).
   */
  protected override updated() {
    // Until its content is in, a pre-rendered checklist shows the server's boxes, as the visitor left them.
    const status = this.data.status;
    // A follow-up that failed to load shows the fallback; nothing is waiting to take focus any more.
    if (status == 'error') this.#followingUp = false;
    if (status != 'ready') return;
    for (const input of this.renderRoot.querySelectorAll<HTMLInputElement>('.groups input')) {
      const answer = this.#answers.get(input.name);
      input.checked = input.type == 'radio' ? answer === Number(input.value) : answer !== undefined;
    }
    if (this.#followingUp) {
      this.#followingUp = false;
      this.renderRoot.querySelector<HTMLInputElement>('.item:not(:has(:checked)) input')?.focus();
    }
  }

  /**
   * Loads the follow-up screener into this element: its file is named relative to the file this content came from
   * (a preset names the one beside it), else to the page. The answers stay, and `adoptContent` keeps those whose item
   * the follow-up has too (the PHQ-2's two are the PHQ-9's first two).
   */
  #followUp({ src, checklist }: FollowUp) {
    const base = new URL(this.src ?? '', document.baseURI);
    this.#followingUp = true;
    this.content = undefined;
    this.checklist = checklist ?? null;
    this.src = new URL(src, base).href;
  }

  /** A pre-rendered checklist works with scripts off: the boxes ticked (answers given) before the script ran stay. */
  protected override beforeTakeOver() {
    for (const input of this.renderRoot.querySelectorAll<HTMLInputElement>('input:checked')) {
      this.#answers.set(input.name, Number(input.value));
    }
  }

  protected renderContent(content: SymptomChecklistContent) {
    const { words: say, phrase } = localize(this, symptomChecklistWords);
    const items = content.groups.flatMap((group) => group.items);
    const { responses } = content;
    // A server knows no answers; the render after the take-over shows the visitor's.
    const answers = this.rendersAsServer ? new Map<string, number>() : this.#answers;
    const level = headingLevel(this.headingLevel, 2);
    const count = items.filter((item) => !item.crisis && answers.get(item.id)! > 0).length;
    // A screener's published total counts every item, the crisis item too (the PHQ-9's 0–27 includes item 9).
    const score = responses && [...answers.values()].reduce((sum, value) => sum + value, 0);
    // The crisis item that brought the notice out: the first ticked of those still ticked (answers keep their order).
    const trigger = [...answers].find(([id, value]) => value > 0 && this.#isCrisis(id))?.[0];
    // A screener is scored as published: the total and its band only once every item is answered.
    const allAnswered = !responses || answers.size == items.length;
    const answered = say.answered({ count: answers.size, total: items.length });
    const summary = !responses
      ? say.selected({ count, total: items.filter((item) => !item.crisis).length })
      : allAnswered
        ? `${say.score({ score: score! })} · ${answered}`
        : answered;
    const band = allAnswered && content.bands?.findLast((each) => each.min <= (score ?? count));
    const triggerItem = items.find((item) => item.id == trigger);
    // Once the visitor has begun, the questions still open, each a link to itself.
    const open = responses && answers.size ? items.filter((item) => !answers.has(item.id)) : [];
    return html`
      <article part="card" class="card">
        ${heading(level, content.title)}
        <p part="intro" ?hidden=${!content.intro}>${content.intro}</p>
        <div class="groups" @change=${this.#change}>
          ${content.groups.map(
            (group, groupIndex) => html`
              <fieldset part="group">
                <legend>${group.title}</legend>
                ${group.items.map((item, itemIndex) => {
                  const hintId = item.hint ? `hint-${groupIndex}-${itemIndex}` : undefined;
                  const answer = answers.get(item.id);
                  return html`${
                    responses
                      ? this.#renderQuestion(item, items.indexOf(item), responses, answer, hintId)
                      : this.#renderBox(item, answer, hintId)
                  }${
                    item.crisis ? this.#renderCrisisRegion(item == triggerItem, content, say, phrase, level) : nothing
                  }`;
                })}
              </fieldset>
            `,
          )}
        </div>
        <p part="summary" role="status">
          <strong>${phrase(summary)}</strong>
          ${band ? band.message : nothing}
        </p>
        <p part="crisis-link" ?hidden=${!triggerItem}>
          <a href="#${CRISIS_ID}" @click=${this.#jump}>${this.#crisisWords(content, say, phrase).heading}</a>
        </p>
        <div part="open-items" class="open-items" ?hidden=${!open.length}>
          ${phrase(say.open)}
          <ul>
            ${open.map(
              (item) =>
                html`<li>
                  <a href="#${questionId(items.indexOf(item))}" @click=${this.#jump}
                    >${phrase(say.question({ position: items.indexOf(item) + 1 }))}</a
                  >
                </li>`,
            )}
          </ul>
        </div>
        <div class="actions">
          <button
            part="button"
            class="button primary recommend"
            ?hidden=${!band || !band.recommend}
            @click=${this.#recommend}
          >
            ${content.recommendLabel ?? phrase(say.recommend)}
          </button>
          ${band && band.followUp ? this.#renderFollowUp(band.followUp) : nothing}
          <button part="button" class="button" @click=${() => print()}>${phrase(say.print)}</button>
          <button part="button" class="button" @click=${this.#reset}>${phrase(say.reset)}</button>
        </div>
        <p part="disclaimer" class="small">${content.disclaimer ?? phrase(say.disclaimer)}</p>
        <p part="attribution" class="small" ?hidden=${!content.attribution}>${content.attribution}</p>
      </article>
    `;
  }

  /** The button that brings the band's follow-up screener in, in place of this one. */
  #renderFollowUp(followUp: FollowUp) {
    return html`<button part="button" class="button primary follow-up" @click=${() => this.#followUp(followUp)}>
      ${followUp.label}
    </button>`;
  }

  /** A symptom to tick: a native checkbox with its label, and its hint. */
  #renderBox(item: Item, answer: number | undefined, hintId: string | undefined) {
    return html`
      <div part="item" class="item">
        <label
          ><input
            type="checkbox"
            name=${item.id}
            value="1"
            ?checked=${answer !== undefined}
            aria-describedby=${hintId ?? nothing}
          />${item.label}</label
        >
        <span part="hint" class="hint" id=${hintId ?? nothing} ?hidden=${!item.hint}>${item.hint}</span>
      </div>
    `;
  }

  /** A screener's question: a group of native radio buttons, one per response. */
  #renderQuestion(
    item: Item,
    index: number,
    responses: Responses,
    answer: number | undefined,
    hintId: string | undefined,
  ) {
    return html`
      <fieldset part="item" class="item" id=${questionId(index)} aria-describedby=${hintId ?? nothing}>
        <legend>${item.label}</legend>
        <span part="hint" class="hint" id=${hintId ?? nothing} ?hidden=${!item.hint}>${item.hint}</span>
        <div class="responses">
          ${responses.map(
            ({ label, value }) =>
              html`<label
                ><input type="radio" name=${item.id} value=${value} ?checked=${answer === value} />${label}</label
              >`,
          )}
        </div>
      </fieldset>
    `;
  }

  /**
   * After each crisis item, a live region of its own, always there so that screen readers announce it as it fills:
   * it holds the crisis resources while this item is the one that brought them out. Filled once, it is not rendered
   * again as other answers change, so it is announced once.
   */
  #renderCrisisRegion(triggered: boolean, content: SymptomChecklistContent, say: Words, phrase: Phrase, level: number) {
    // No white space around the resources: an empty region is :empty, and takes no room (the styles).
    const resources = triggered ? this.#renderCrisis(this.#crisisWords(content, say, phrase), level) : nothing;
    return html`<div role="alert" class="crisis-region">${resources}</div>`;
  }

  /** The crisis resources: the content's own as written, or the built-in ones (988, 911), which are words of ours. */
  #crisisWords(content: SymptomChecklistContent, say: Words, phrase: Phrase): CrisisResources {
    if (content.crisis) return content.crisis;
    const { heading, text, actions } = say.crisis;
    return {
      heading: phrase(heading),
      text: phrase(text ?? ''),
      actions: actions.map(({ label, href }) => ({ label: phrase(label), href })),
    };
  }

  /** The crisis resources, focusable (the summary's link leads to them). */
  #renderCrisis(crisis: CrisisResources, level: number) {
    return html`
      <div part="crisis" class="crisis" id=${CRISIS_ID} tabindex="-1">
        ${heading(level + 1, crisis.heading, 'crisis-title')}
        <p ?hidden=${!crisis.text}>${crisis.text}</p>
        <ul>
          ${crisis.actions.map(({ label, href }) => html`<li><a class="button primary" href=${href}>${label}</a></li>`)}
        </ul>
      </div>
    `;
  }

  /**
   * A link within the checklist (to an open question, to the crisis resources) moves focus to its target (a
   * question's first answer), as an in-page anchor would if the page could see into the shadow root; the page's
   * address stays as it is.
   */
  #jump = (event: Event) => {
    event.preventDefault();
    const id = (event.currentTarget as HTMLAnchorElement).hash.slice(1);
    const target = (this.renderRoot as ShadowRoot).getElementById(id);
    (target?.querySelector('input') ?? target)?.focus();
  };

  /** The items the visitor ticked (scored: answered above 0), crisis items left out. */
  #chosen() {
    return this.#content!.groups.flatMap((group) =>
      group.items.filter((item: Item) => !item.crisis && this.#answers.get(item.id)! > 0),
    );
  }

  /** No score: the published total counts the crisis item (PHQ-9 item 9), so a score would tell its answer. */
  #detail(): ChecklistDetail {
    const selected = this.#chosen().map((item) => item.id);
    return { selected, count: selected.length };
  }

  #isCrisis(id: string) {
    return this.#content!.groups.some((group) => group.items.some((item) => item.id == id && item.crisis));
  }

  #change(event: Event) {
    const { name, value, checked } = event.target as HTMLInputElement;
    if (checked) this.#answers.set(name, Number(value));
    else this.#answers.delete(name);
    // A change event for a crisis item alone would tell the page's scripts about it.
    this.#commit(!this.#isCrisis(name));
  }

  #reset() {
    this.#answers.clear();
    this.#commit();
  }

  #commit(announce = true) {
    this.requestUpdate();
    if (announce) this.dispatchEvent(new ClinicChecklistChangeEvent(this.#detail()));
    if (this.#target) this.#target.symptoms = this.#symptoms();
    // Crisis answers are never stored.
    const kept = [...this.#answers].filter(([id]) => !this.#isCrisis(id));
    this.#storage((storage, key) =>
      kept.length ? storage.setItem(key, JSON.stringify(Object.fromEntries(kept))) : storage.removeItem(key),
    );
  }

  /**
   * Uses `sessionStorage` under this checklist's key, only with `persist`; a blocked storage (sandboxed frame, privacy
   * settings) or a damaged entry is as none.
   */
  #storage<T>(use: (storage: Storage, key: string) => T): T | undefined {
    try {
      return this.persist ? use(sessionStorage, `${this.localName}:${this.#content!.id ?? this.src}`) : undefined;
    } catch {
      return undefined;
    }
  }

  /** Answers given before (or kept by `persist` in this tab), for the items and responses this content has. */
  #restore(items: Item[], given?: Answers) {
    const allowed = this.#content!.responses?.map((response) => response.value) ?? [1];
    const saved =
      given ?? this.#storage((storage, key) => JSON.parse(storage.getItem(key) ?? '{}') as Answers | null) ?? {};
    return new Map(items.filter((item) => allowed.includes(saved[item.id]!)).map((item) => [item.id, saved[item.id]!]));
  }

  /** What the hand-off gives the target: labels of the chosen items; scored, as "item: answer". */
  #symptoms() {
    const responses = this.#content!.responses;
    return this.#chosen().map(({ id, label }) =>
      responses ? `${label}: ${responses.find((response) => response.value == this.#answers.get(id))!.label}` : label,
    );
  }

  #recommend() {
    track(this.analytics, { event: 'clinic_checklist_completed' });
    const id = this.htmlFor;
    if (id) {
      const root = this.getRootNode();
      const target = (root instanceof ShadowRoot ? root.getElementById(id) : null) ?? document.getElementById(id);
      if (!target) {
        reportAttribute(this, 'for', `no element with id ${quote(id)}`);
      } else {
        if (isHandOffTarget(target)) (this.#target = target).symptoms = this.#symptoms();
        target.scrollIntoView({ behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
        target.focus({ preventScroll: true });
      }
    }
    this.dispatchEvent(new ClinicChecklistCompleteEvent(this.#detail()));
  }
}

/**
 * Listeners typed by event, as the DOM's own elements have them: `change` is a `ClinicChecklistChangeEvent`, so that
 * `event.detail.selected` type-checks.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- signatures only; HTMLElement has them
export interface SymptomChecklist {
  addEventListener<Type extends keyof SymptomChecklistEventMap>(
    type: Type,
    listener: (this: SymptomChecklist, event: SymptomChecklistEventMap[Type]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<Type extends keyof SymptomChecklistEventMap>(
    type: Type,
    listener: (this: SymptomChecklist, event: SymptomChecklistEventMap[Type]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'clinic-symptom-checklist': SymptomChecklist;
  }
}
