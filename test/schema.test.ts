/** The schema kit's checks across fields (refine, uniqueIds) and the controller's nested attribute overrides. */
import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import { ClinicElement } from '../src/base/clinic-element.js';
import { ContentController } from '../src/content/content-controller.js';
import type { ContentError } from '../src/content/errors.js';
import { refine, uniqueIds } from '../src/content/schema-checks.js';
import { array, at, fail, type Infer, object, optional, requiredText, string } from '../src/content/schema.js';
import type { ClinicContentErrorEvent } from '../src/content/events.js';
import { settled } from './helpers/elements.js';

const step = object({ id: optional(string()), title: requiredText });
const steps = refine(object({ steps: array(step, 1) }), (value, path) =>
  uniqueIds(value.steps.map((s, i) => [s.id, `${at(path, 'steps')}[${i}]`])),
);

function problem(run: () => unknown): Pick<ContentError, 'kind' | 'path' | 'message'> {
  try {
    run();
  } catch (error) {
    const { kind, path, message } = error as ContentError;
    return { kind, path, message };
  }
  throw new Error('expected the schema to fail');
}

describe('schema kit: checks across fields', () => {
  it('refine runs after the fields are valid, and names the path it is given', () => {
    const ok = { steps: [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }, { title: 'C' }] };
    expect(steps.parse(ok, '')).to.deep.equal(ok);
    expect(
      problem(() =>
        steps.parse(
          {
            steps: [
              { id: 'a', title: 'A' },
              { id: 'a', title: 'B' },
            ],
          },
          'timelines[2]',
        ),
      ),
    ).to.deep.equal({
      kind: 'schema',
      path: 'timelines[2].steps[1].id',
      message: 'duplicate id "a": each id must be used once',
    });
    // A field error is reported before the check across fields runs.
    expect(problem(() => steps.parse({ steps: [{ id: 'a', title: 5 }] }, '')).path).to.equal('steps[0].title');
  });

  it('fail throws a schema error at the path', () => {
    expect(problem(() => fail('groups[0]', 'needs at least one item'))).to.deep.equal({
      kind: 'schema',
      path: 'groups[0]',
      message: 'needs at least one item',
    });
  });
});

const ctaLike = object({
  heading: optional(string()),
  booking: optional(object({ url: string(), label: optional(string()) })),
});
type CtaLike = Infer<typeof ctaLike>;

class NestedOverrides extends ClinicElement<CtaLike> {
  static override properties = { bookingUrl: { attribute: 'booking-url' } };
  declare bookingUrl: string | null;
  protected readonly data = new ContentController<CtaLike>(this, {
    schema: ctaLike,
    collection: 'ctas',
    pickAttribute: 'cta',
    pick: () => null,
    overrides: () => ({ heading: this.heading, 'booking.url': this.bookingUrl }),
  });
  constructor() {
    super();
    this.bookingUrl = null;
  }
  protected renderContent(content: CtaLike) {
    return html`${JSON.stringify(content)}`;
  }
}
customElements.define('test-nested-overrides', NestedOverrides);

describe('attribute overrides of nested fields', () => {
  async function render(content: unknown, attributes: Record<string, string>) {
    const element = document.createElement('test-nested-overrides') as NestedOverrides;
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    element.content = content as CtaLike;
    const done = settled(element);
    document.body.append(element);
    const event = await done;
    element.remove();
    return { event, element };
  }

  it('sets a field inside an object, keeping its other fields', async () => {
    const { element } = await render(
      { booking: { url: '/old', label: 'Book' } },
      { 'booking-url': '/new', heading: 'Hi' },
    );
    expect(JSON.parse(element.shadowRoot!.textContent)).to.deep.equal({
      heading: 'Hi',
      booking: { url: '/new', label: 'Book' },
    });
  });

  it('creates the object when the content has none', async () => {
    const { element } = await render({}, { 'booking-url': '/new' });
    expect(JSON.parse(element.shadowRoot!.textContent)).to.deep.equal({ booking: { url: '/new' } });
  });

  it('leaves a field of the wrong type alone, so the schema still reports it', async () => {
    const { event } = await render({ booking: 'https://clinic.example/book' }, { 'booking-url': '/new' });
    expect(event.type).to.equal('clinic-content-error');
    expect((event as ClinicContentErrorEvent).detail.path).to.equal('booking');
  });
});
