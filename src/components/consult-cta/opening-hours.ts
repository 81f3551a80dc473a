import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { HostState } from '../../base/host-state.js';
import { localize, type WordTables } from '../../base/locale.js';
import { openingHoursEnglish } from './consult-cta.words.js';
import type { ConsultCtaContent } from './consult-cta.schema.js';
import { formatWeekMinute, type Hours, instantAfter, openAt, TIME_OF_DAY, utcOffset, weeklySchedule } from './hours.js';

const words: WordTables<typeof openingHoursEnglish> = {
  en: openingHoursEnglish,
  es: {
    open: 'Abierto ahora · hasta las {time}',
    opens: 'Abre el {day} a las {time}',
    closedToday: 'Cerrado hoy',
    location: 'Centro',
  },
};

/** The longest wait a browser's timer takes (about 24.8 days); a longer one is waited in steps. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/** What the hours need of the element they are in. */
export interface HoursHost extends ReactiveControllerHost, HTMLElement {
  /** The moment the hours are computed for; the current time, and kept current, when unset. */
  now: Date | undefined;
}

/** Where the visitor may get in touch: the picked location's phone and hours, or the CTA's own. */
export interface Place {
  phone: ConsultCtaContent['phone'];
  hours: Hours | undefined;
}

/**
 * The opening hours line, and the location it is for: "Open now · until 5:00 PM", on the clinic's clock, named with
 * its time zone for a visitor whose clock differs ("5:00 PM PT"), and kept true while the page stays open: one timer
 * re-renders at the next opening or closing minute (and at midnight, when a closure may begin or end), cleared when
 * the element leaves the page. With several `locations`, the visitor picks one, and its phone and hours are shown.
 * A chunk of its own: only content with `hours` or `locations` loads it.
 */
export class OpeningHours implements ReactiveController {
  /** The index of the location the visitor picked. */
  readonly #location: HostState<number>;
  #timer?: ReturnType<typeof setTimeout>;
  /** When the line shown changes next, as computed by the last render; none on a fixed `now` or without hours. */
  #changeAt?: number;
  /** Whether the element has left the page since the line was last worked out. */
  #away = false;

  constructor(
    private readonly host: HoursHost,
    /** Whether this render is the server's: no clock, the weekly schedule instead. */
    private readonly asServer: () => boolean,
  ) {
    this.#location = new HostState(host, 0);
    host.addController(this);
  }

  /** The picked location's phone and hours, each falling back to the CTA's own. */
  place({ locations, phone, hours }: ConsultCtaContent): Place {
    const picked = locations?.[this.#location.value] ?? locations?.[0];
    return { phone: picked?.phone ?? phone, hours: picked?.hours ?? hours };
  }

  /** Back in the page, the line may be stale: render it again (which sets the timer again). */
  hostConnected() {
    if (this.#away) this.host.requestUpdate();
    this.#away = false;
  }

  hostUpdate() {
    this.#changeAt = undefined;
  }

  /** One timer for the next change the last render computed. */
  hostUpdated() {
    clearTimeout(this.#timer);
    if (this.#changeAt === undefined) return;
    const wait = Math.min(Math.max(this.#changeAt - Date.now(), 0), LONGEST_TIMER_MS);
    this.#timer = setTimeout(() => this.host.requestUpdate(), wait);
  }

  hostDisconnected() {
    clearTimeout(this.#timer);
    this.#away = true;
  }

  /**
   * "Open now · until 5:00 PM" or "Opens Monday at 9:00 AM", after the closure's note on a day the clinic is closed,
   * in the visitor's words and time format; rendered as a server renders it, the weekly schedule.
   */
  line(hours: Hours): string {
    const { words: say, locale } = localize(this.host, words);
    if (this.asServer()) return weeklySchedule(hours, locale);
    const now = this.host.now ?? new Date();
    const state = openAt(hours, now);
    if (!this.host.now) this.#changeAt = instantAfter(hours.timezone, now, state.minutesToChange);
    const time = formatWeekMinute(state.until, locale, TIME_OF_DAY) + this.#zone(hours.timezone, locale, now);
    if (state.open) return say.open({ time });
    const opens = say.opens({ day: formatWeekMinute(state.until, locale, { weekday: 'long' }), time });
    return state.closedToday === undefined ? opens : `${state.closedToday || say.closedToday} · ${opens}`;
  }

  /** The clinic's time zone, as " PT", when the visitor's clock reads differently; otherwise nothing. */
  #zone(timezone: string, locale: string, now: Date) {
    if (utcOffset(timezone, now) == -now.getTimezoneOffset()) return '';
    const zone = new Intl.DateTimeFormat(locale, { timeZone: timezone, timeZoneName: 'shortGeneric' });
    return ` ${zone.formatToParts(now).find((part) => part.type == 'timeZoneName')?.value ?? timezone}`;
  }

  /** The picker of locations, when there are several. */
  renderPicker(locations: ConsultCtaContent['locations']) {
    if (!locations || locations.length < 2) return nothing;
    const { words: say, phrase } = localize(this.host, words);
    return html`
      <label part="location" class="location"
        >${phrase(say.location)}
        <select @change=${this.#pick}>
          ${locations.map(
            (location, index) =>
              html`<option value=${index} ?selected=${index == this.#location.value}>${location.name}</option>`,
          )}
        </select>
      </label>
    `;
  }

  #pick = (event: Event) => {
    this.#location.value = Number((event.currentTarget as HTMLSelectElement).value);
  };
}
