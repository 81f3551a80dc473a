/**
 * Reads a Chromium trace of one benchmark round (between the `bench-start` and `bench-end` marks of variants.js): the
 * main thread's time by phase, and, when the V8 sampling profiler was on, the functions it sampled.
 */

/** Trace categories for `page.tracing.start`; `sample` adds the V8 sampling profiler. */
export const categories = ({ sample = false } = {}) => [
  '-*',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8',
  'v8.execute',
  'v8.compile',
  'disabled-by-default-v8.compile',
  'disabled-by-default-v8.gc',
  'blink',
  ...(sample ? ['disabled-by-default-v8.cpu_profiler'] : []),
];

/** Trace events by phase: the innermost event whose name matches decides where its time goes. */
const startsWith = (...prefixes) => new RegExp(`^(${prefixes.join('|')})`);
const PHASES = [
  ['gc', /GC|Scaveng|Sweep|Mark(ing|Compact)/],
  ['compile', /Compile|V8\.Parse|PreParse|Deserialize|CodeCache|Lazy/],
  [
    'style',
    startsWith(
      'UpdateLayoutTree',
      'Document::(updateStyle|recalcStyle|rebuildLayoutTree|updateActiveStyle)',
      'StyleEngine',
      'Blink\\.Style',
      'ParseAuthorStyleSheet',
    ),
  ],
  ['layout', startsWith('Layout', 'LocalFrameView::(layout|performLayout)', 'Blink\\.Layout', 'InlineNode')],
  [
    'paint',
    startsWith(
      'PrePaint',
      'Paint',
      'Commit',
      'Layerize',
      'Blink\\.(PrePaint|Paint|CompositingInputs)',
      'LocalFrameView::Run(PrePaint|Paint|Compositing)',
    ),
  ],
  ['parse HTML', /HTMLDocumentParser|ParseHTML/],
  [
    'script',
    startsWith(
      'FunctionCall',
      'v8\\.',
      'V8\\.',
      'RunMicrotasks',
      'EvaluateScript',
      'CustomElementReactionQueue',
      'HTMLConstructor',
      'FireAnimationFrame',
      'AsyncTask Run',
      'ResourceFetcher',
    ),
  ],
];
const phaseOf = (name) => PHASES.find(([, pattern]) => pattern.test(name))?.[0];

/** The main thread's events and profile samples of one traced round, between the round's two marks. */
export function analyse(events) {
  const start = events.find((event) => event.name == 'bench-start');
  const end = events.find((event) => event.name == 'bench-end');
  // Slices that overlap the round: the task that inserts the cards began before the first mark.
  const slices = events
    .filter((event) => event.ph == 'X' && event.pid == start.pid && event.tid == start.tid)
    .filter((event) => event.ts < end.ts && event.ts + event.dur > start.ts)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);

  // Self time of each slice, given to the phase of the innermost slice (itself included) that has one. Thread time
  // (tdur), not wall time: other processes on a busy machine then only add to "waiting". A slice that sticks out of
  // the round counts for the share of it inside; the few small slices without thread time take their parent's ratio.
  const phases = { script: 0, 'script after 1st frame': 0, compile: 0, gc: 0, style: 0, layout: 0, paint: 0 };
  Object.assign(phases, { 'parse HTML': 0, other: 0, waiting: 0, frames: 0 });
  const firstFrame = slices.find((slice) => slice.name == 'WebFrameWidgetImpl::UpdateLifecycle' && slice.ts > start.ts);
  const firstFrameEnd = firstFrame ? firstFrame.ts + firstFrame.dur : end.ts;
  const stack = [];
  let busy = 0;
  const close = (slice) => {
    const phase = slice.phase == 'script' && slice.ts >= firstFrameEnd ? 'script after 1st frame' : slice.phase;
    phases[phase] += Math.max(0, slice.thread - slice.children) / 1000;
  };
  for (const event of slices) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= event.ts) close(stack.pop());
    const parent = stack.at(-1);
    const inside = Math.min(event.ts + event.dur, end.ts) - Math.max(event.ts, start.ts);
    const ratio = event.tdur != null ? event.tdur / event.dur || 0 : parent ? parent.ratio : 1;
    const thread = inside * Math.min(ratio, 1);
    if (parent) parent.children += thread;
    else busy += thread;
    if (event.name == 'WebFrameWidgetImpl::UpdateLifecycle' && event.ts > start.ts) phases.frames++;
    const phase = phaseOf(event.name) ?? parent?.phase ?? 'other';
    stack.push({ ts: event.ts, dur: event.dur, ratio, thread, children: 0, phase });
  }
  while (stack.length) close(stack.pop());
  phases.waiting = (end.ts - start.ts - busy) / 1000;

  // The sampling profile, split at the end of the first frame (for a card from src: before and after its JSON came).
  // Each sample counts once for every function on its stack, and for its own (self). Samples are counted, not timed:
  // one taken after the thread was descheduled would carry the whole pause.
  const nodes = new Map();
  const functions = { 'until the first frame': new Map(), 'after the first frame': new Map() };
  const samples = { 'until the first frame': 0, 'after the first frame': 0 };
  let time = 0;
  for (const event of events) {
    if (event.name == 'Profile' && event.pid == start.pid) time = event.args.data.startTime;
    if (event.name != 'ProfileChunk' || event.pid != start.pid) continue;
    const { cpuProfile = {}, timeDeltas = [] } = event.args.data;
    for (const node of cpuProfile.nodes ?? []) nodes.set(node.id, node);
    (cpuProfile.samples ?? []).forEach((id, index) => {
      time += timeDeltas[index];
      if (time < start.ts || time > end.ts) return;
      const stage = time < firstFrameEnd ? 'until the first frame' : 'after the first frame';
      const seen = new Set();
      for (let node = nodes.get(id); node; node = nodes.get(node.parent)) {
        const { functionName, url: file = '' } = node.callFrame;
        const name = `${functionName || '(anonymous)'}${file ? ` ${file.split('/').pop()}` : ''}`;
        if (seen.has(name)) continue;
        const entry = functions[stage].get(name) ?? { inclusive: 0, self: 0 };
        entry.inclusive++;
        if (!seen.size) entry.self++;
        seen.add(name);
        functions[stage].set(name, entry);
      }
      // Native work outside script (style, layout) and idle time are not script.
      if (!/^\((program|idle|root)\)$/.test(nodes.get(id)?.callFrame.functionName)) samples[stage]++;
    });
  }
  return { wall: (end.ts - start.ts) / 1000, phases, functions, samples };
}
