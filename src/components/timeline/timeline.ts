import { html, nothing, type PropertyDeclarations } from 'lit';
import { ClinicElement } from '../../base/clinic-element.js';
import { heading, headingLevel } from '../../base/heading.js';
import { localize } from '../../base/locale.js';
import { timelineWords } from './timeline.words.js';
import { ContentController } from '../../content/content-controller.js';
import { reportAttribute } from '../../content/events.js';
import { quote } from '../../content/schema.js';
import { icons } from './icons.js';
import { timelineStyles } from './timeline.styles.js';
import { timelineContent, type TimelineContent, type TimelineStep } from './timeline.schema.js';

/**
 * @tagname clinic-timeline
 * @summary "What to expect": the steps from the first visit to aftercare, in order, each with its
 * duration, icon, description and optional details, then notes such as what to arrange afterwards.
 *
 * @slot - Fallback markup (a plain list of the steps, say), shown while loading and if the content fails.
 * @event {ClinicContentLoadEvent} clinic-content-load - The content was validated and rendered.
 * @event {ClinicContentErrorEvent} clinic-content-error - The content could not be fetched, parsed or validated, or
 *   `current` names no step; `detail` says why.
 * @csspart title - The timeline's heading.
 * @csspart intro - The text under the heading.
 * @csspart steps - The `ol` of steps.
 * @csspart step - One step, an `li`.
 * @csspart number - The step's number, in its circle.
 * @csspart step-title - The step's heading, with its icon.
 * @csspart icon - The step's icon: an inline `svg`, or an `img` for an icon URL.
 * @csspart meta - Whether the step is done, current or upcoming, and its duration.
 * @csspart description - The step's text.
 * @csspart details - The step's disclosure (`details`).
 * @csspart notes - The callout after the steps.
 * @csspart note-title - A note's heading.
 * @cssproperty --clinic-accent - Step circles, the line between done steps, the current step's ring, the notes' edge.
 *   Default `#0b6e4f`.
 * @cssproperty --clinic-on-accent - Numbers on the accent. Default: black or white, whichever reads better.
 * @cssproperty --clinic-text - Text colour. Default `#1d2428`.
 * @cssproperty --clinic-surface - Background of upcoming steps' circles; the notes are tinted from it. Default `#fff`.
 * @cssproperty --clinic-radius - Corner radius of the notes. Default `0.75em`.
 * @cssproperty --clinic-space-s - Small gap. Default `0.5em`.
 * @cssproperty --clinic-space-m - Gap between steps side by side, padding of the notes. Default `1em`.
 * @cssproperty --clinic-space-l - Gap between steps one under another. Default `1.5em`.
 * @cssproperty --clinic-font-family - Font. Default: the page's.
 * @cssproperty --clinic-font-size - Base size; everything scales with it. Default `medium`.
 */
export class Timeline extends ClinicElement<TimelineContent> {
  static override properties: PropertyDeclarations = {
    timeline: {},
    current: {},
    layout: {},
  };

  static override styles = [...ClinicElement.styles, ...timelineStyles];

  // The property accessors on the prototype now, before registration: ClinicElement says why.
  static {
    this.finalize();
  }

  /** Picks a timeline by `id` when `src` holds a collection (`{"timelines": [ … ]}`). */
  declare timeline: string | null;
  /** The step the visitor is at: its `id`, or its number from 1. Steps before it read as done, after it as upcoming. */
  declare current: string | number | null;
  /**
   * `vertical` (default), `horizontal` (side by side, one under another when narrow) or `auto` (side by side when
   * wide).
   */
  declare layout: 'vertical' | 'horizontal' | 'auto';

  protected readonly data = new ContentController<TimelineContent>(this, {
    ...timelineContent,
    pick: () => this.timeline,
    overrides: () => ({ title: this.heading }),
    states: this.internals.states,
  });

  /** The message last told about an unknown `current`: it names the value and the ids, so each mistake is told once. */
  #reported?: string;

  constructor() {
    super();
    this.timeline = this.current = null;
    this.layout = 'vertical';
  }

  /** Index of the current step; -1 when there is none; undefined when `current` names no step. */
  #currentIndex(steps: TimelineStep[]): number | undefined {
    const current = String(this.current ?? '').trim();
    if (!current) return -1;
    const byId = steps.findIndex((step) => step.id === current);
    const byNumber = /^\d+$/.test(current) ? Number(current) - 1 : -1;
    return byId >= 0 ? byId : steps[byNumber] ? byNumber : undefined;
  }

  /** An unknown `current` is reported, and the steps still show, with none marked: they are right without it. */
  protected override updated() {
    const steps = this.data.value?.steps;
    let message: string | undefined;
    if (steps && this.#currentIndex(steps) === undefined) {
      const ids = steps.flatMap((step) => (step.id ? quote(step.id) : []));
      const byId = ids.length ? `an id (${ids.join(', ')}) or ` : '';
      message = `no step ${quote(this.current)}: use ${byId}a number from 1 to ${steps.length}`;
    }
    if (message && message != this.#reported) reportAttribute(this, 'current', message);
    this.#reported = message;
  }

  protected renderContent({ title, intro, steps, notes }: TimelineContent) {
    const { words: say, phrase } = localize(this, timelineWords);
    const level = headingLevel(this.headingLevel, 2);
    const stepLevel = level + 1;
    const current = this.#currentIndex(steps) ?? -1;
    const layout = ['horizontal', 'auto'].includes(this.layout) ? this.layout : 'vertical';
    // The list's own numbers are hidden and each step shows its number as text, so it is read once.
    // role="list" is not redundant: Safari drops the list role of a list without list-style.
    /* eslint-disable lit-a11y/no-redundant-role */
    return html`
      ${heading(level, title)}
      <p part="intro" class="intro" ?hidden=${!intro}>${intro}</p>
      <div class="frame ${layout}">
        <ol part="steps" role="list">
          ${steps.map((step, index) => {
            const state = current < 0 ? '' : index < current ? 'done' : index > current ? 'upcoming' : 'current';
            const icon = step.icon
              ? icons[step.icon]
                ? html`<svg part="icon" class="icon" viewBox="0 0 24 24" aria-hidden="true">
                    <path d=${icons[step.icon]!} />
                  </svg>`
                : html`<img part="icon" class="icon" src=${step.icon} alt="" />`
              : nothing;
            return html`
              <li part="step" class="step ${state}" aria-current=${state == 'current' ? 'step' : nothing}>
                <span part="number" class="number">${index + 1}</span>
                ${heading(stepLevel, html`${icon}<span>${step.title}</span>`, 'step-title')}
                <p part="meta" class="meta" ?hidden=${!state && !step.duration}>
                  <strong class="state" ?hidden=${!state}>${state && phrase(say[state])}</strong> ${step.duration}
                </p>
                <p part="description" ?hidden=${!step.description}>${step.description}</p>
                ${
                  step.details
                    ? html`<details part="details">
                        <summary>${phrase(say.details)}</summary>
                        <ul>
                          ${step.details.map((detail) => html`<li>${detail}</li>`)}
                        </ul>
                      </details>`
                    : nothing
                }
              </li>
            `;
          })}
        </ol>
      </div>
      ${
        notes?.length
          ? html`<div part="notes" class="notes">
              ${notes.map(
                (note) =>
                  html`<div class="note">
                    ${note.title ? heading(stepLevel, note.title, 'note-title') : nothing}
                    <p>${note.text}</p>
                  </div>`,
              )}
            </div>`
          : nothing
      }
    `;
    /* eslint-enable lit-a11y/no-redundant-role */
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'clinic-timeline': Timeline;
  }
}
