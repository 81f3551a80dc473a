/**
 * Words in any language: `registerLocale` (exported by the package and by the single-script bundle, which the minified
 * group runs this file against) gives French to all four elements under lang="fr", a regional tag falls back to its
 * language, a partial locale to English key by key, plural forms go through Intl.PluralRules; content `labels`
 * change one element's words only, and a misspelt key is an error like any other field.
 */
import { expect } from '@esm-bundle/chai';
import '../../src/define.js'; // registers all four tags
import { type LocaleWords, registerLocale } from '../../src/index.js';
import { mount, mountRefused } from '../helpers/elements.js';
import { container, recordConsoleErrors, useContainer } from '../helpers/page.js';

useContainer('640px');

const french: LocaleWords = {
  'article-card': {
    readingMinutes: { one: '{count} minute de lecture', other: '{count} minutes de lecture' },
    author: 'Par {name}',
  },
  timeline: { done: 'Terminé', current: 'Étape en cours', upcoming: 'À venir', details: 'Détails' },
  'symptom-checklist': { selected: '{count} sur {total} cochés', print: 'Imprimer ma liste' },
  'consult-cta': { heading: 'Contactez-nous', book: 'Réserver en ligne', call: 'Appeler' },
};
registerLocale('fr', french);
// Vietnamese, partly: every other key falls back to English.
registerLocale('vi', { 'consult-cta': { book: 'Đặt lịch trực tuyến' } });
// Typed against the English words: a misspelt key is a type error (npm run typecheck fails without the line below).
// @ts-expect-error -- `dne` is no word of the timeline's
registerLocale('nl', { timeline: { dne: 'Klaar' } });
// A function word, in JavaScript.
registerLocale('de', { 'article-card': { readingMinutes: ({ count }) => `Lesezeit: ${count} Min.` } });

const article = { title: 'Depression and pain', url: '/a', author: 'Ana Ruiz' };
const timeline = { title: 'What to expect', steps: [{ title: 'Visit' }, { title: 'Plan', details: ['Notes'] }] };
const checklist = { title: 'Symptoms', groups: [{ title: 'Body', items: [{ id: 'pain', label: 'Pain' }] }] };
const cta = { booking: { url: '/book' }, phone: { number: '+1 949 555 0100' } };

/** A `<div lang>` in the test's container, where the elements go. */
function page(lang: string) {
  const section = document.createElement('div');
  section.lang = lang;
  container.append(section);
  return section;
}

const text = (element: Element, selector: string) =>
  element.shadowRoot!.querySelector(selector)!.textContent.replace(/\s+/g, ' ').trim();

describe('words in any language', () => {
  it('shows French in all four elements under lang="fr" after registerLocale("fr", …)', async () => {
    const section = page('fr');
    const card = await mount('clinic-article-card', section, { ...article, readingMinutes: 5 });
    const steps = await mount('clinic-timeline', section, timeline, { current: '2' });
    const list = await mount('clinic-symptom-checklist', section, checklist);
    const consult = await mount('clinic-consult-cta', section, cta);
    expect(text(card, '[part="meta"]')).to.equal('5 minutes de lecture · Par Ana Ruiz');
    expect(text(steps, '.step.done .state')).to.equal('Terminé');
    expect(text(steps, '.step.current .state')).to.equal('Étape en cours');
    expect(text(steps, 'summary')).to.equal('Détails');
    expect(text(list, '[part="summary"]')).to.equal('0 sur 1 cochés');
    expect(text(list, '.actions button:nth-of-type(2)')).to.equal('Imprimer ma liste');
    expect(text(consult, '[part="title"]')).to.equal('Contactez-nous');
    expect(text(consult, '.actions [data-channel="book"]')).to.equal('Réserver en ligne');
    expect(card.shadowRoot!.querySelector('[lang="en"]'), 'French words are not marked as English').to.equal(null);
  });

  it('falls back to English key by key: a word the locale lacks is English', async () => {
    const section = page('fr');
    const list = await mount('clinic-symptom-checklist', section, checklist);
    expect(text(list, '.actions button:nth-of-type(3)'), 'not in the French words').to.equal('Clear my answers');
    const consult = await mount('clinic-consult-cta', page('vi'), cta);
    expect(text(consult, '.actions [data-channel="book"]')).to.equal('Đặt lịch trực tuyến');
    expect(text(consult, '[part="title"]')).to.equal('Contact us');
  });

  it('gives a regional tag its language’s words: fr-CA → fr, with the region’s formats', async () => {
    const steps = await mount('clinic-timeline', page('fr-CA'), timeline, { current: '1' });
    expect(text(steps, '.step.current .state')).to.equal('Étape en cours');
    const card = await mount('clinic-article-card', page('fr-CA'), { ...article, publishedOn: '2024-03-05' });
    expect(text(card, '[part="meta"]')).to.contain('Published 5 mars 2024');
  });

  it('chooses plural forms with Intl.PluralRules for the language, and calls a function word', async () => {
    // French puts 0 and 1 in "one"; English would say "0 minutes".
    const minutes = async (lang: string, readingMinutes: number) =>
      text(await mount('clinic-article-card', page(lang), { ...article, readingMinutes }), '[part="meta"]');
    expect(await minutes('fr', 1)).to.match(/^1 minute de lecture ·/);
    expect(await minutes('fr', 2)).to.match(/^2 minutes de lecture ·/);
    expect(await minutes('de-AT', 7)).to.match(/^Lesezeit: 7 Min\. ·/);
  });

  it('keeps the built-in Spanish, and English marked lang="en" where no words exist (Arabic)', async () => {
    const consult = await mount('clinic-consult-cta', page('es'), cta);
    expect(text(consult, '.actions [data-channel="book"]')).to.equal('Reserve en línea');
    const card = await mount('clinic-article-card', page('ar'), { ...article, readingMinutes: 3 });
    expect(card.shadowRoot!.querySelector('[part="meta"] [lang="en"]')!.textContent).to.equal(
      '3 min read · By Ana Ruiz',
    );
  });
});

describe('labels in content', () => {
  const consoleErrors = recordConsoleErrors();

  it('change a word for that element only, in any language', async () => {
    const section = page('en');
    const relabelled = await mount('clinic-consult-cta', section, {
      ...cta,
      labels: { book: 'Request an appointment' },
    });
    const other = await mount('clinic-consult-cta', section, cta);
    expect(text(relabelled, '.actions [data-channel="book"]')).to.equal('Request an appointment');
    expect(text(other, '.actions [data-channel="book"]'), 'the other CTA keeps the built-in word').to.equal(
      'Book online',
    );
    const french = await mount('clinic-consult-cta', page('fr'), { ...cta, labels: { book: 'Prendre rendez-vous' } });
    expect(text(french, '.actions [data-channel="book"]'), 'over the registered word').to.equal('Prendre rendez-vous');
  });

  it('take values and plural forms, in each element', async () => {
    const labels = { readingMinutes: { one: '{count} minute', other: '{count} minutes' } };
    const card = await mount('clinic-article-card', page('en'), { ...article, readingMinutes: 1, labels });
    expect(text(card, '[part="meta"]')).to.equal('1 minute · By Ana Ruiz');
    const list = await mount('clinic-symptom-checklist', page('en'), {
      ...checklist,
      labels: { selected: '{count}/{total} ticked' },
    });
    expect(text(list, '[part="summary"]')).to.equal('0/1 ticked');
    const steps = await mount('clinic-timeline', page('en'), { ...timeline, labels: { details: 'More' } });
    expect(text(steps, 'summary')).to.equal('More');
  });

  it('refuse a key the element has no word for, naming element, source and field', async () => {
    const { detail } = await mountRefused('clinic-consult-cta', container, { ...cta, labels: { bok: 'Book' } });
    expect([detail.path, detail.message]).to.deep.equal(['labels.bok', 'unknown field (check its spelling)']);
    expect(consoleErrors.lines).to.deep.equal([
      'clinic-consult-cta: labels.bok: unknown field (check its spelling) (from content property)',
    ]);
    const blank = await mountRefused('clinic-timeline', container, { ...timeline, labels: { done: ' ' } });
    expect([blank.detail.path, blank.detail.message]).to.deep.equal(['labels.done', 'must not be empty']);
    const plural = await mountRefused('clinic-timeline', container, { ...timeline, labels: { done: { one: 'x' } } });
    expect([plural.detail.path, plural.detail.message]).to.deep.equal(['labels.done.other', 'is required']);
  });
});
