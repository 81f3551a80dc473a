import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The floating CTA's bar (`appearance="floating"`, narrow screens): whether the visitor has dismissed it, and whether
 * it steps aside because it would cover the focused element. That is checked again on focus, on scrolling, and on
 * `resize`, which is also an on-screen keyboard opening or closing.
 */
export class FloatingBar implements ReactiveController {
  #dismissed = false;
  #listening?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The bar, once rendered. */
    private readonly bar: () => HTMLElement | null,
  ) {
    host.addController(this);
  }

  /** Whether the visitor closed the bar, for this page view. */
  get dismissed() {
    return this.#dismissed;
  }

  set dismissed(dismissed: boolean) {
    this.#dismissed = dismissed;
    this.host.requestUpdate();
  }

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
