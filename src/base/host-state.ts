import type { ReactiveControllerHost } from 'lit';

/**
 * Reactive state for a controller: a value that asks its host for an update whenever it is set, as a reactive
 * property does for an element, so that no handler has to remember to.
 */
export class HostState<T> {
  #value: T;

  constructor(
    private readonly host: ReactiveControllerHost,
    value: T,
  ) {
    this.#value = value;
  }

  get value(): T {
    return this.#value;
  }

  set value(value: T) {
    this.#value = value;
    this.host.requestUpdate();
  }
}
