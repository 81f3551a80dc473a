/**
 * custom-elements.json holds to the code (issue #10): each reactive property of an element is in it with its attribute,
 * each event an element dispatches with its class, each part and slot its templates render, each custom state it
 * shows and each CSS custom property its styles read; and nothing in it is absent from the code. The elements are
 * driven through their states (scenarios.ts), so what is compared is what they do. The test reads the manifest that
 * `npm run build` wrote: after changing a JSDoc comment, run `npm run analyze` before this test.
 */
import { expect } from '@esm-bundle/chai';
import type { CSSResultOrNative, PropertyDeclaration, ReactiveElement } from 'lit';
import type {
  ClassMethod,
  CustomElementDeclaration,
  CustomElementField,
  Event as EventEntry,
  Package,
  Type,
} from 'custom-elements-manifest/schema';
import * as library from '../../src/index.js';
import { useContainer } from '../helpers/page.js';
import type { ClinicTag } from '../helpers/states.js';
import { Observer, scenarios } from './scenarios.js';

/** An element's entry, with the `detail` type our plugins add to each event (scripts/manifest/plugins.js). */
type ElementEntry = Omit<CustomElementDeclaration, 'events'> & { events?: (EventEntry & { detail?: Type })[] };

/** Names a type text may hold that are neither the package's (with a `references` entry) nor run-time globals. */
const TYPESCRIPT_NAMES = new Set(['string', 'number', 'boolean', 'null', 'undefined', 'never', 'unknown', 'Record']);

let manifest: Package;
before(async () => {
  manifest = (await (await fetch('/custom-elements.json')).json()) as Package;
});

function entryOf(tag: string): ElementEntry {
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
  const entry = declarations.find((declaration) => 'tagName' in declaration && declaration.tagName === tag);
  if (!entry) throw new Error(`custom-elements.json has no <${tag}>`);
  return entry as ElementEntry;
}

const fieldsOf = (entry: ElementEntry) =>
  (entry.members ?? []).filter((member): member is CustomElementField => member.kind == 'field');
const methodsOf = (entry: ElementEntry) =>
  (entry.members ?? []).filter((member): member is ClassMethod => member.kind == 'method');
const names = (items: { name: string }[] = []) => items.map((item) => item.name);

/** The names on one side and not the other: what the manifest lacks, and what it says that the code does not do. */
function difference(inCode: Iterable<string>, inManifest: Iterable<string>) {
  const code = new Set(inCode);
  const documented = new Set(inManifest);
  return {
    undocumented: [...code].filter((name) => !documented.has(name)).sort(),
    notInCode: [...documented].filter((name) => !code.has(name)).sort(),
  };
}
const SAME = { undocumented: [], notInCode: [] };

/** Each reactive property of the element class, with the attribute Lit observes for it (none: `undefined`). */
function reactiveProperties(elementClass: typeof ReactiveElement) {
  const attributeOf = (name: string, options: PropertyDeclaration) => {
    if (options.attribute === false) return undefined;
    return typeof options.attribute == 'string' ? options.attribute : name.toLowerCase();
  };
  return [...elementClass.elementProperties]
    .filter(([, options]) => !options.state)
    .map(([key, options]) => ({ name: String(key), attribute: attributeOf(String(key), options), options }));
}

/** One line per property: its name, its attribute and whether it reflects, to compare code and manifest. */
const propertyLine = (name: string, attribute: string | undefined, reflects: boolean | undefined) =>
  `${name} attribute=${attribute ?? 'none'} reflects=${!!reflects}`;

/** The names in a type text that resolve neither through `references` nor as a TypeScript or run-time global. */
function unresolvedNames(type: Type) {
  const referenced = new Set((type.references ?? []).map((reference) => reference.name));
  // String literals and the keys of an object type (`{ status: number }`) name no type.
  const words = type.text.replace(/'[^']*'|"[^"]*"|[\w$]+\??:/g, '').match(/[A-Za-z_$][\w$]*/g) ?? [];
  return words.filter((word) => !referenced.has(word) && !TYPESCRIPT_NAMES.has(word) && !(word in globalThis));
}

/** Whether `name` is an accessor with a getter and no setter, somewhere on the element's prototype chain. */
function isGetterOnly(element: object, name: string) {
  let owner: object | null = element;
  while (owner && !Object.hasOwn(owner, name)) owner = Object.getPrototypeOf(owner) as object | null;
  const descriptor = owner && Object.getOwnPropertyDescriptor(owner, name);
  return !!descriptor?.get && !descriptor.set;
}

/** The text of every stylesheet an element adopts. */
function cssTextOf(styles: CSSResultOrNative[]) {
  return styles
    .map((style) =>
      style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('\n') : style.cssText,
    )
    .join('\n');
}

describe('custom-elements.json', () => {
  it('describes the four elements, each driven by a scenario of this test', () => {
    const tags = manifest.modules.flatMap((module) =>
      (module.declarations ?? []).flatMap((declaration) => ('tagName' in declaration ? [declaration.tagName!] : [])),
    );
    expect(difference(Object.keys(scenarios), tags)).to.deep.equal(SAME);
  });

  it('documents each event class the library exports, on the elements that dispatch it', () => {
    const eventClasses = Object.entries(library)
      .filter(([, value]) => typeof value == 'function' && value.prototype instanceof Event)
      .map(([name]) => name)
      .filter((name) => name != 'ClinicEvent'); // the base of the others, dispatched as itself by none
    const documented = Object.keys(scenarios).flatMap((tag) => (entryOf(tag).events ?? []).map((e) => e.type.text));
    expect(difference(eventClasses, documented)).to.deep.equal(SAME);
  });
});

for (const tag of Object.keys(scenarios) as ClinicTag[]) {
  describe(`<${tag}> in custom-elements.json`, () => {
    useContainer('640px');
    const elementClass = () => customElements.get(tag) as unknown as typeof ReactiveElement;

    it('lists each reactive property with its attribute and reflection, and no other settable property', () => {
      const entry = entryOf(tag);
      const properties = reactiveProperties(elementClass());
      const inCode = properties.map(({ name, attribute, options }) => propertyLine(name, attribute, options.reflect));
      const settable = fieldsOf(entry).filter((field) => !field.readonly);
      const inManifest = settable.map((field) => propertyLine(field.name, field.attribute, field.reflects));
      expect(difference(inCode, inManifest), 'properties').to.deep.equal(SAME);
      const attributesInCode = properties.flatMap(({ name, attribute }) => (attribute ? [`${attribute}→${name}`] : []));
      const attributes = (entry.attributes ?? []).map((attribute) => `${attribute.name}→${attribute.fieldName}`);
      expect(difference(attributesInCode, attributes), 'attributes').to.deep.equal(SAME);
    });

    it('lists only public members the element has: read-only ones as getters, methods as functions', () => {
      const entry = entryOf(tag);
      const element = document.createElement(tag) as unknown as Record<string, unknown>;
      const members = [...fieldsOf(entry), ...methodsOf(entry)];
      const notPublic = members.filter(
        (member) => member.name.startsWith('#') || (member.privacy ?? 'public') != 'public',
      );
      const absent = members.filter((member) => !(member.name in element));
      const notMethods = methodsOf(entry).filter((method) => typeof element[method.name] != 'function');
      const settable = fieldsOf(entry).filter((field) => field.readonly && !isGetterOnly(element, field.name));
      expect({
        notPublic: names(notPublic),
        absent: names(absent),
        notMethods: names(notMethods),
        settable: names(settable),
      }).to.deep.equal({ notPublic: [], absent: [], notMethods: [], settable: [] });
    });

    it('types every property, attribute and event, each type resolved', () => {
      const entry = entryOf(tag);
      const typed: (readonly [what: string, type: Type | undefined])[] = [
        ...fieldsOf(entry).map((field) => [field.name, field.type] as const),
        ...(entry.attributes ?? []).map((attribute) => [`[${attribute.name}]`, attribute.type] as const),
        ...(entry.events ?? []).map((event) => [`event ${event.name}`, event.type] as const),
        ...(entry.events ?? []).map((event) => [`detail of ${event.name}`, event.detail] as const),
      ];
      const problems = typed.flatMap(([what, type]) => {
        if (!type?.text) return [`${what}: no type`];
        const unresolved = unresolvedNames(type);
        return unresolved.length ? [`${what}: ${unresolved.join(', ')} unresolved in ${type.text}`] : [];
      });
      const numbersAndBooleans = reactiveProperties(elementClass()).flatMap(({ name, options }) => {
        const expected = options.type == Number ? 'number' : options.type == Boolean ? 'boolean' : undefined;
        const field = fieldsOf(entry).find((each) => each.name == name);
        return expected && !field?.type?.text.includes(expected) ? [`${name}: not typed ${expected}`] : [];
      });
      expect([...problems, ...numbersAndBooleans]).to.deep.equal([]);
    });

    it('documents each CSS custom property its styles read, and none they do not', () => {
      const reads = cssTextOf(elementClass().elementStyles).matchAll(/var\(\s*(--clinic-[\w-]+)/g);
      const used = [...reads].map((match) => match[1]!);
      expect(difference(used, names(entryOf(tag).cssProperties))).to.deep.equal(SAME);
    });

    it('documents each event it dispatches (with its class), part, slot and state, in every state', async () => {
      const entry = entryOf(tag);
      const observed = await new Observer(tag).run(scenarios[tag]);
      const eventClasses = [...observed.events].flatMap(([type, event]) => {
        const documented = entry.events?.find((each) => each.name == type)?.type.text;
        return documented && documented != event.constructor.name ? [`${type}: ${event.constructor.name}`] : [];
      });
      expect({
        events: difference(observed.events.keys(), names(entry.events)),
        eventClasses,
        parts: difference(observed.parts, names(entry.cssParts)),
        slots: difference(observed.slots, names(entry.slots)),
        states: difference(observed.states, names(entry.cssStates)),
      }).to.deep.equal({ events: SAME, eventClasses: [], parts: SAME, slots: SAME, states: SAME });
    });
  });
}
