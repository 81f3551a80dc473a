/**
 * The content form, generated from an element's JSON Schema (schemas/*.json): a field per property, so a field added
 * to a content type appears here with no second edit. Text, web addresses, dates, whole numbers, choices, yes/no, and
 * lists of any of these or of objects, with add, remove and reorder. Everything typed is bound as text (Lit escapes
 * it); nothing is ever written as HTML.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { choices, emptyValue, type JsonSchema, resolve } from './json-schema.js';
import { deriveId } from './ids.js';

/** A field's place in the content: keys and list positions, from the top. */
export type Pointer = (string | number)[];

/** The JSON path the validator names (`groups[0].items[1].id`) for a pointer. */
export function jsonPath(pointer: Pointer): string {
  return pointer.map((key, index) => (typeof key == 'number' ? `[${key}]` : index ? `.${key}` : key)).join('');
}

/** The same path with list positions left out (`groups[].items[].id`): the field as the schema names it. */
export function schemaPath(pointer: Pointer): string {
  return jsonPath(pointer.map((key) => (typeof key == 'number' ? -1 : key))).replaceAll('[-1]', '[]');
}

/** A DOM id for the field at `pointer`: letters, digits and dashes only. */
export function fieldId(pointer: Pointer): string {
  return ['field', ...pointer].join('-').replace(/[^\w-]/g, '_');
}

/** Fields whose text runs to sentences: a box of several lines reads and edits better for those. */
const LONG_TEXT_FIELDS = new Set([
  'intro',
  'text',
  'excerpt',
  'description',
  'message',
  'disclaimer',
  'attribution',
  'consent',
  'success',
]);

/** `readingMinutes` → `Reading minutes`: the words of a field's name, as a label. */
export function humanize(key: string): string {
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** One entry of a list called `key`: `groups` → `group`. */
function singular(key: string): string {
  return key.endsWith('s') ? key.slice(0, -1) : `${key} entry`;
}

type Json = Record<string, unknown>;

/** What the form asks of the page that holds it. */
export interface FormHost {
  /** The content being edited; the form changes it in place, then calls `changed`. */
  content: unknown;
  changed(): void;
  /** The field to focus after the next render (an added item's first field, a moved item's button). */
  focusAfterUpdate(id: string): void;
  /** The error to show, and where: the JSON path the validator named. */
  error?: { path: string; line: string };
}

export class SchemaForm {
  constructor(
    private readonly host: FormHost,
    private readonly root: JsonSchema,
    private readonly schema: JsonSchema,
  ) {}

  render(): TemplateResult {
    return this.#object(this.schema, this.host.content as Json, []);
  }

  // ---- reading and writing the content ----

  #parentOf(pointer: Pointer): Json | unknown[] {
    let target = this.host.content as Json;
    for (const key of pointer.slice(0, -1)) target = (target as Record<string | number, unknown>)[key] as Json;
    return target;
  }

  #set(pointer: Pointer, value: unknown) {
    const parent = this.#parentOf(pointer) as Record<string | number, unknown>;
    const key = pointer.at(-1)!;
    const before = parent[key];
    if (value === undefined) Reflect.deleteProperty(parent, key);
    else parent[key] = value;
    if (typeof key == 'string') deriveId(this.host.content, parent, key, before);
    this.host.changed();
  }

  // ---- errors ----

  /** The error line when the validator named this very field (or list, or group of fields). */
  #errorAt(pointer: Pointer) {
    const error = this.host.error;
    return error && error.path == jsonPath(pointer) ? error.line : undefined;
  }

  #errorNote(id: string, line: string | undefined) {
    return line ? html`<p class="error" id="${id}-error" role="alert">${line}</p>` : nothing;
  }

  // ---- fields ----

  #field(key: string, schema: JsonSchema, value: unknown, pointer: Pointer, required: boolean): TemplateResult {
    const resolved = resolve(schema, this.root);
    if (resolved.type == 'object') return this.#optionalObject(key, resolved, value as Json | undefined, pointer);
    if (resolved.type == 'array') return this.#list(key, resolved, value as unknown[] | undefined, pointer, required);
    return this.#input(humanize(key), resolved, value, pointer, required);
  }

  #input(label: string, schema: JsonSchema, value: unknown, pointer: Pointer, required: boolean) {
    const id = fieldId(pointer);
    const error = this.#errorAt(pointer);
    const hint = hintFor(schema);
    const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;
    const key = String(pointer.at(-1));
    const invalid = error ? 'true' : nothing;
    const path = schemaPath(pointer);
    const hintNote = hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing;
    const labelText = html`${label}${required ? nothing : html` <span class="optional">(optional)</span>`}`;

    if (schema.type == 'boolean') {
      const onChange = (event: Event) =>
        this.#set(pointer, (event.target as HTMLInputElement).checked || (required ? false : undefined));
      return html`<div class="field checkbox" data-path=${path}>
        <input
          id=${id}
          type="checkbox"
          .checked=${live(value === true)}
          aria-describedby=${describedBy}
          aria-invalid=${invalid}
          @change=${onChange}
        />
        <label for=${id}>${labelText}</label>${hintNote}${this.#errorNote(id, error)}
      </div>`;
    }

    const options = choices(schema);
    const text = typeof value == 'string' || typeof value == 'number' ? String(value) : '';
    const numeric = schema.type == 'integer' || schema.type == 'number';
    const update = (raw: string) => {
      if (raw === '' && !required) return this.#set(pointer, undefined);
      // A number field that does not read as a number stays text, so the validator names it.
      this.#set(pointer, numeric && raw.trim() !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw);
    };
    const onInput = (event: Event) => update((event.target as HTMLInputElement).value);

    if (schema.enum) {
      return html`<div class="field" data-path=${path}>
        <label for=${id}>${labelText}</label>
        <select id=${id} aria-describedby=${describedBy} aria-invalid=${invalid} @change=${onInput}>
          ${required ? nothing : html`<option value="" ?selected=${!text}>(none)</option>`}
          ${options!.map((option) => html`<option value=${option} ?selected=${option == text}>${option}</option>`)}
        </select>
        ${hintNote}${this.#errorNote(id, error)}
      </div>`;
    }

    if (LONG_TEXT_FIELDS.has(key)) {
      return html`<div class="field" data-path=${path}>
        <label for=${id}>${labelText}</label>
        <textarea
          id=${id}
          rows="3"
          .value=${live(text)}
          aria-describedby=${describedBy}
          aria-invalid=${invalid}
          ?required=${required}
          @input=${onInput}
        ></textarea>
        ${hintNote}${this.#errorNote(id, error)}
      </div>`;
    }

    const type = numeric ? 'number' : schema.format == 'date' ? 'date' : 'text';
    const listId = options ? `${id}-choices` : nothing;
    return html`<div class="field" data-path=${path}>
      <label for=${id}>${labelText}</label>
      <input
        id=${id}
        type=${type}
        inputmode=${schema.format == 'uri-reference' ? 'url' : nothing}
        min=${schema.minimum ?? nothing}
        list=${listId}
        .value=${live(text)}
        aria-describedby=${describedBy}
        aria-invalid=${invalid}
        ?required=${required}
        @input=${onInput}
      />
      ${
        options
          ? html`<datalist id=${listId}>${options.map((option) => html`<option value=${option}></option>`)}</datalist>`
          : nothing
      }
      ${hintNote}${this.#errorNote(id, error)}
    </div>`;
  }

  /** An object's fields in a group; the top level without a frame. */
  #object(schema: JsonSchema, value: Json, pointer: Pointer): TemplateResult {
    const required = new Set(schema.required ?? []);
    const fields = Object.entries(schema.properties ?? {})
      .filter(([key]) => key != '$schema')
      .map(([key, child]) => this.#field(key, child, value[key], [...pointer, key], required.has(key)));
    // An error about the object as a whole (a CTA with no way to act) shows above its fields.
    return html`${this.#errorNote(fieldId(pointer), this.#errorAt(pointer))}${fields}`;
  }

  /** An object field: a group of fields, or, while it is left out, a button that adds it. */
  #optionalObject(key: string, schema: JsonSchema, value: Json | undefined, pointer: Pointer) {
    const id = fieldId(pointer);
    const label = humanize(key);
    if (value === undefined) {
      const add = () => {
        this.host.focusAfterUpdate(`${id}-first`); // its first field
        this.#set(pointer, emptyValue(schema, this.root));
      };
      return html`<div class="field add-optional" data-path=${schemaPath(pointer)}>
        <button type="button" id="${id}-add" @click=${add}>Add ${label.toLowerCase()}</button>
      </div>`;
    }
    const remove = () => {
      this.host.focusAfterUpdate(`${id}-add`);
      this.#set(pointer, undefined);
    };
    return html`<fieldset
      class="group"
      id="${id}-first"
      data-path=${schemaPath(pointer)}
      aria-describedby="${id}-error"
    >
      <legend>${label}</legend>
      ${this.#object(schema, value, pointer)}
      <button type="button" class="remove" id="${id}-remove" @click=${remove}>Remove ${label.toLowerCase()}</button>
    </fieldset>`;
  }

  #list(key: string, schema: JsonSchema, value: unknown[] | undefined, pointer: Pointer, required: boolean) {
    const id = fieldId(pointer);
    const items = value ?? [];
    const itemSchema = resolve(schema.items!, this.root);
    const label = humanize(key);
    const error = this.#errorAt(pointer);
    const options = choices(itemSchema);
    const path = schemaPath(pointer);

    if (options && itemSchema.type == 'string') {
      // A set of choices (days of the week, form fields): one box each, in the schema's order.
      const toggle = (option: string, on: boolean) => {
        const chosen = new Set(items as string[]);
        if (on) chosen.add(option);
        else chosen.delete(option);
        const next = options.filter((each) => chosen.has(each));
        this.#set(pointer, next.length || required ? next : undefined);
      };
      return html`<fieldset class="group choices" data-path=${path} aria-describedby=${error ? `${id}-error` : nothing}>
        <legend>${label}${required ? nothing : html` <span class="optional">(optional)</span>`}</legend>
        ${options.map(
          (option) =>
            html`<span class="choice">
              <input
                type="checkbox"
                id="${id}-${option}"
                .checked=${live(items.includes(option))}
                @change=${(event: Event) => toggle(option, (event.target as HTMLInputElement).checked)}
              /><label for="${id}-${option}">${option}</label>
            </span>`,
        )}
        ${this.#errorNote(id, error)}
      </fieldset>`;
    }

    const noun = singular(key);
    const add = () => {
      const next = [...items, emptyValue(itemSchema, this.root)];
      // The added entry's first field.
      const added = fieldId([...pointer, items.length]);
      this.host.focusAfterUpdate(itemSchema.type == 'object' ? `${added}-first` : added);
      this.#set(pointer, next);
    };
    const entries = items.map((item, index) => this.#listItem(noun, itemSchema, item, [...pointer, index], items));
    return html`<fieldset class="group list" data-path=${path} aria-describedby=${error ? `${id}-error` : nothing}>
      <legend>${label}${required ? nothing : html` <span class="optional">(optional)</span>`}</legend>
      ${this.#errorNote(id, error)}
      <ol class="entries">
        ${entries}
      </ol>
      <button type="button" class="add" id="${id}-add" @click=${add}>Add ${noun}</button>
    </fieldset>`;
  }

  #listItem(noun: string, schema: JsonSchema, item: unknown, pointer: Pointer, items: unknown[]) {
    const index = pointer.at(-1) as number;
    const listPointer = pointer.slice(0, -1);
    const id = fieldId(pointer);
    const named = isJson(item) ? (item.label ?? item.title) : undefined;
    const name = `${humanize(noun)} ${index + 1}${typeof named == 'string' && named ? `: ${named}` : ''}`;
    const crisis = isJson(item) && item.crisis === true;
    const move = (to: number) => {
      const next = [...items];
      [next[index], next[to]] = [next[to], next[index]];
      // Focus stays with the entry, on the same button unless the entry reached the end, where that one is disabled.
      const atEnd = to == 0 || to == items.length - 1;
      const button = to < index ? (to == 0 ? 'down' : 'up') : atEnd ? 'up' : 'down';
      this.host.focusAfterUpdate(`${fieldId([...listPointer, to])}-${button}`);
      this.#set(listPointer, next);
    };
    const remove = () => {
      const next = items.filter((_, position) => position != index);
      this.host.focusAfterUpdate(`${fieldId(listPointer)}-add`);
      this.#set(listPointer, next);
    };
    const actions = html`<div class="entry-actions">
      <button
        type="button"
        id="${id}-up"
        ?disabled=${index == 0}
        aria-label="Move up: ${name}"
        @click=${() => move(index - 1)}
      >
        Move up
      </button>
      <button
        type="button"
        id="${id}-down"
        ?disabled=${index == items.length - 1}
        aria-label="Move down: ${name}"
        @click=${() => move(index + 1)}
      >
        Move down
      </button>
      <button type="button" id="${id}-remove" aria-label="Remove: ${name}" @click=${remove}>Remove</button>
    </div>`;
    if (schema.type != 'object') {
      // A line of text in a list (a tag, a detail): the field and its buttons, no frame of its own.
      return html`<li class="entry plain">${this.#input(name, schema, item, pointer, true)}${actions}</li>`;
    }
    return html`<li class="entry ${crisis ? 'crisis' : ''}">
      <fieldset class="group" id="${id}-first" aria-describedby=${crisis ? `${id}-crisis` : nothing}>
        <legend>${name}</legend>
        ${
          crisis
            ? html`<p class="crisis-badge" id="${id}-crisis">
                Crisis item: ticking it shows the crisis resources (988, 911) at once
              </p>`
            : nothing
        }
        ${this.#object(schema, item as Json, pointer)} ${actions}
      </fieldset>
    </li>`;
  }
}

function isJson(value: unknown): value is Json {
  return !!value && typeof value == 'object' && !Array.isArray(value);
}

/** A line under a field that says what it takes, from its format. */
function hintFor(schema: JsonSchema): string | undefined {
  if (schema.format == 'uri-reference') return 'A web address (https://…) or a path on your site (/book).';
  if (schema.format == 'date') return 'A date.';
  if (schema.anyOf && choices(schema)) return 'Pick a built-in name, or give the address of an image.';
  if (schema.pattern && schema.pattern != '\\S') return `Written as ${patternExample(schema.pattern)}.`;
  return undefined;
}

/** Examples for the patterns the schemas use; the pattern itself for any other. */
function patternExample(pattern: string): string {
  if (pattern.includes('[0-5]\\d')) return 'HH:MM, 24-hour (09:00, 17:30)';
  if (pattern.includes('\\d[\\d')) return 'a phone number (+1 949 555 0100)';
  return pattern;
}
