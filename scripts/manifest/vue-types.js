/**
 * Vue's `GlobalComponents` for the elements, written from the manifest after the pattern of Vue's guide ("Web
 * Components and TypeScript"), so that `vue-tsc --strictTemplates` checks each tag, its attributes and properties, the
 * HTML attributes beside them, and its events with their classes.
 *
 * Why not custom-element-vuejs-integration (1.4.0): vue-tsc reads `heading-level` as the prop `headingLevel` and
 * `@clinic-content-load` as `onClinicContentLoad`, where that package writes `"heading-level"` and
 * `"onclinic-content-load"`, and its components take no HTML attribute (`id`): under `strictTemplates` each is an
 * error. The @wc-toolkit family has no Vue generator.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportedBy } from './event-types.js';

/** `heading-level` → `headingLevel`, as Vue's compiler names an attribute or an event. */
const camelize = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
/** The prop a `@type` listener compiles to: `clinic-content-load` → `onClinicContentLoad`. */
const handlerProp = (type) => `on${camelize(type).replace(/^\w/, (letter) => letter.toUpperCase())}`;
const docComment = (text, indent) => (text ? `${indent}/** ${text.replace(/\s*\n\s*/g, ' ')} */\n` : '');

export function vueTypesPlugin({ outdir, fileName, packageName, entry, exclude = [] }) {
  return {
    name: 'clinic: Vue types',
    packageLinkPhase({ customElementsManifest }) {
      const elements = customElementsManifest.modules
        .flatMap((module) => module.declarations ?? [])
        .filter((declaration) => declaration.tagName && !exclude.includes(declaration.name));
      const imported = new Set(elements.map((element) => element.name));
      for (const event of elements.flatMap((element) => element.events ?? [])) {
        event.type.references?.forEach((reference) => imported.add(reference.name));
      }
      const exported = exportedBy(customElementsManifest, entry);
      const missing = [...imported].filter((name) => !exported.has(name));
      if (missing.length)
        throw new Error(`${packageName} does not export ${missing.join(', ')}, which Vue's types need`);
      mkdirSync(outdir, { recursive: true });
      writeFileSync(join(outdir, fileName), fileText([...imported], elements, packageName));
    },
  };
}

function fileText(imported, elements, packageName) {
  return `// Generated from custom-elements.json by scripts/manifest/vue-types.js: do not edit.
import type { AllowedComponentProps, ComponentCustomProps, EmitFn, HTMLAttributes, VNodeProps } from 'vue';
import type {
  ${imported.join(',\n  ')},
} from '${packageName}';

/**
 * A custom element as Vue's templates see it: its own props beside the HTML attributes (less the handlers of its own
 * events, which it types itself), and its events.
 */
type CustomElement<
  Element extends HTMLElement,
  Props,
  Events extends Record<string, Event>,
  Handlers extends string = never,
> = new () => Element & {
  /** @deprecated For template type checking only. */
  $props: Props & Omit<HTMLAttributes, Handlers> & VNodeProps & AllowedComponentProps & ComponentCustomProps;
  /** @deprecated For template type checking only. */
  $emit: EmitFn<{ [Type in keyof Events]: (event: Events[Type]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
${elements.map(elementType).join('')}  }
}
`;
}

/** One tag: its attributes (as Vue names them) and property-only fields typed from its class, and its events. */
function elementType(element) {
  const isPropertyOnly = (member) => member.kind == 'field' && !member.readonly && !member.static && !member.attribute;
  const props = [
    ...(element.attributes ?? []).map((attribute) => ({ ...attribute, prop: camelize(attribute.name) })),
    ...(element.members ?? [])
      .filter(isPropertyOnly)
      .map((field) => ({ ...field, prop: field.name, fieldName: field.name })),
  ];
  const propLines = props.map(({ prop, fieldName, description }) =>
    entry(description, `${prop}?: ${element.name}['${fieldName}'];`),
  );
  const events = element.events ?? [];
  const eventLines = events.map(({ name, type, description }) => entry(description, `'${name}': ${type.text};`));
  const handlers = events.map((event) => `'${handlerProp(event.name)}'`).join(' | ') || 'never';
  return `${docComment(element.summary, '    ')}    '${element.tagName}': CustomElement<
      ${element.name},
      {
${propLines.join('')}      },
      {
${eventLines.join('')}      },
      ${handlers}
    >;
`;
}

/** A member of a type literal in the file, with its description. */
const entry = (description, line) => `${docComment(description, ' '.repeat(8))}${' '.repeat(8)}${line}\n`;
