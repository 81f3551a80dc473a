import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { HostState } from '../../base/host-state.js';
import { localize } from '../../base/locale.js';
import { consultCtaWords } from './consult-cta.words.js';

/**
 * The floating CTA's bar (`appearance="floating"`, narrow screens): whether the visitor has dismissed it, and whether
 * it steps aside because it would cover the focused element. That is checked again on focus, on scrolling, and on
 * `resize`, which is also an on-screen keyboard opening or closing.
 */
export class FloatingBar implements ReactiveController {
  /** Whether the visitor closed the bar, for this page view. */
  readonly #dismissed: HostState<boolean>;
  #listening?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The bar, once rendered. */
    private readonly bar: () => HTMLElement | null,
  ) {
    this.#dismissed = new HostState(host, false);
    host.addController(this);
  }

  /** The bar: the CTA's links again, and a close button; hidden unless floating, or once dismissed. */
  render(title: string, links: TemplateResult, floating: boolean) {
    const { words: say } = localize(this.host, consultCtaWords);
    return html`
      <div part="bar" class="bar" role="region" aria-label=${title} ?hidden=${!floating || this.#dismissed.value}>
        ${links}
        <button class="close" aria-label=${say.close} @click=${this.#dismiss}>✕</button>
      </div>
    `;
  }

  /**
   * The bar goes for this page view and the CTA takes its place in the page; focus goes to its heading (the host's
   * `focus`), without a jump.
   */
  #dismiss = () => {
    this.#dismissed.value = true;
    void this.host.updateComplete.then(() => this.host.focus({ preventScroll: true }));
  };

  hostConnected() {
    const signal = (this.#listening = new AbortController()).signal;
    const options = { capture: true, passive: true, signal };
    for (const type of ['focusin', 'scroll']) document.addEventListener(type, this.#uncover, options);
    window.addEventListener('resize', this.#uncover, options);
  }

  hostDisconnected() {
    this.#listening?.abort();
  }

  /** The bar steps aside while it would cover the focused element. */
  #uncover = () => {
    const bar = this.bar();
    if (!bar || bar.hidden) return;
    let focused = document.activeElement;
    while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
    const [own, other] = [bar.getBoundingClientRect(), focused?.getBoundingClientRect()];
    const covers =
      !!other && focused != document.body && !bar.contains(focused) && other.bottom > own.top && other.top < own.bottom;
    bar.classList.toggle('away', covers && own.height > 0);
  };
}
