import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/symptom-checklist.js';
import type { SymptomChecklist, SymptomChecklistContent } from '../src/symptom-checklist.js';
// The PHQ-9 preset as shipped, and the clinic's own checklist, the same file the demo page loads.
import gad7 from '../presets/gad-7.json';
import phq9 from '../presets/phq-9.json';
import { elementStories, describe, slow, type StoryArgs } from './shared.js';
import demo from './demo/content/checklists.json';

const clinic = demo.checklists[0] as SymptomChecklistContent;
const screener = phq9 as SymptomChecklistContent;

/**
 * Ticks boxes (by item id) or picks answers (`id=value`) with real clicks, as a visitor would, once the content is in.
 */
const visit =
  (...answers: string[]) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const element = canvasElement.querySelector<SymptomChecklist>('clinic-symptom-checklist')!;
    while (element.status !== 'ready') await new Promise((resolve) => setTimeout(resolve, 20));
    await element.updateComplete;
    for (const answer of answers) {
      const [id, value] = answer.split('=');
      element
        .shadowRoot!.querySelector<HTMLInputElement>(`input[name="${id}"]${value ? `[value="${value}"]` : ''}`)!
        .click();
    }
  };

const meta: Meta<StoryArgs> = {
  title: 'Symptom checklist',
  component: 'clinic-symptom-checklist',
  ...elementStories('clinic-symptom-checklist', {
    width: '40rem',
    fallback: () =>
      html`<a href="articles/ketamine-fibromyalgia-depression.html"
        >Read about the symptoms of fibromyalgia and depression</a
      >`,
  }),
};
export default meta;

type Story = StoryObj<StoryArgs>;

export const Default: Story = {
  args: { content: clinic },
  parameters: describe('The clinic’s checklist, nothing ticked yet: groups of symptoms, a live count, the disclaimer.'),
};

export const Recommending: Story = {
  name: 'Ticked, recommending a consultation',
  args: { content: clinic },
  play: visit('widespread-pain', 'fatigue', 'poor-sleep', 'persistent-sadness'),
  parameters: describe(
    'Four symptoms ticked: the count reaches a band that recommends talking to a clinician, and its button shows.',
  ),
};

export const Crisis: Story = {
  name: 'Crisis notice',
  args: { content: clinic },
  play: visit('fatigue', 'self-harm'),
  parameters: describe(
    'A crisis item ticked: the built-in crisis resources (988, 911) show at once and stay while it is ticked; it ' +
      'is never counted.',
  ),
};

export const OwnCrisisResources: Story = {
  name: 'Crisis notice from the content',
  args: {
    content: {
      ...clinic,
      crisis: {
        heading: 'Please reach out now',
        text: 'Our team can help you find support today, and these lines are open day and night.',
        actions: [
          { label: 'Call or text 988', href: 'tel:988' },
          { label: 'Call our clinic', href: 'tel:+19495550100' },
        ],
      },
    },
  },
  play: visit('self-harm'),
  parameters: describe('The content’s own crisis resources replace the built-in ones.'),
};

export const Phq9: Story = {
  name: 'PHQ-9 preset',
  args: { content: screener },
  parameters: describe(
    'The PHQ-9 as published: nine items, each a group of four answers; the total and its band show once all nine ' +
      'are answered, and until then the questions still open, as links.',
  ),
};

export const Phq9Answered: Story = {
  name: 'PHQ-9 answered (score 12)',
  args: { content: screener },
  play: visit(
    'phq9-1=3',
    'phq9-2=2',
    'phq9-3=1',
    'phq9-4=0',
    'phq9-5=3',
    'phq9-6=2',
    'phq9-7=1',
    'phq9-8=0',
    'phq9-9=0',
  ),
  parameters: describe(
    'Every item answered: a total of 12 falls in the band the PHQ-9 calls moderate, which recommends a clinician.',
  ),
};

export const Gad7: Story = {
  name: 'GAD-7',
  args: { content: gad7 as SymptomChecklistContent },
  parameters: describe('The GAD-7 as published: seven items, a total of 0–21, bands 0–4, 5–9, 10–14 and 15–21.'),
};

export const Phq2FollowUp: Story = {
  name: 'PHQ-2 offering the PHQ-9',
  args: { src: 'presets/phq-2.json' },
  play: visit('phq9-1=2', 'phq9-2=1'),
  parameters: describe(
    'A PHQ-2 total of 3 offers the PHQ-9 in its place (the band’s followUp); the two answers are kept as its ' +
      'first two.',
  ),
};

export const FromSrc: Story = {
  name: 'From src, picked with checklist=',
  args: { src: 'content/checklists.json', checklist: 'fibromyalgia-depression' },
  parameters: describe('Loads the clinic’s checklists file and shows the one named by the checklist attribute.'),
};

export const Spanish: Story = {
  args: { lang: 'es', content: { ...clinic, disclaimer: undefined } },
  play: visit('self-harm'),
  parameters: describe(
    'Inside lang="es": the count, the buttons, the disclaimer and the crisis resources are in Spanish; the ' +
      'content stays as written.',
  ),
};

export const Accent: Story = {
  name: 'Heading and accent overrides',
  args: { content: clinic, heading: 'How have you been feeling?', accent: '#f2c14e' },
  play: visit('widespread-pain', 'fatigue', 'poor-sleep'),
  parameters: describe(
    'A marketer’s own title and a light yellow accent; text on the button turns dark to stay readable.',
  ),
};

export const ErrorState: Story = {
  name: 'Error (invalid content)',
  args: {
    content: {
      ...clinic,
      groups: [
        {
          title: 'Body',
          items: [
            { id: 'pain', label: 'Pain' },
            { id: 'pain', label: 'Pain again' },
          ],
        },
      ],
    },
  },
  parameters: describe(
    'Two items share an id: the checklist shows the page’s own fallback link and logs one error naming the field.',
  ),
};

export const Loading: Story = {
  args: { src: 'content/checklists.json', checklist: 'fibromyalgia-depression', timeout: '120000' },
  render: (args, context) => meta.render!({ ...args, src: slow(String(args.src)) }, context),
  parameters: describe(
    'Waits on a real request that npm run storybook answers after 60 s, ' +
      'keeping the space and showing the fallback link; ' +
      'a static build has no such slow endpoint, so there the request fails and the error state shows instead.',
  ),
};
