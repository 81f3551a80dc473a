/**
 * What the configurator reads from a JSON Schema file in schemas/: the few keywords scripts/schemas.js writes
 * (type, properties, required, items, enum, anyOf, $ref, minItems, minimum, pattern, format, description).
 */
export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: string[];
  anyOf?: JsonSchema[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  minItems?: number;
  minimum?: number;
  pattern?: string;
  format?: string;
  description?: string;
  title?: string;
}

/** The schema a `$ref` (`#/$defs/content`) points at inside `root`; the schema itself when it has none. */
export function resolve(schema: JsonSchema, root: JsonSchema): JsonSchema {
  if (!schema.$ref) return schema;
  const path = schema.$ref.replace(/^#\//, '').split('/');
  let target: unknown = root;
  for (const key of path) target = (target as Record<string, unknown> | undefined)?.[key];
  return resolve(target as JsonSchema, root);
}

/** One content object's schema: the file's `$defs.content` (the file also allows a collection of them). */
export function contentSchema(file: JsonSchema): JsonSchema {
  return file.$defs?.content ? resolve(file.$defs.content, file) : file;
}

/** The choices a string offers, from `enum` or from the `enum` among its `anyOf` (a timeline's icon names). */
export function choices(schema: JsonSchema): string[] | undefined {
  return schema.enum ?? schema.anyOf?.find((option) => option.enum)?.enum;
}

/** A value that passes the schema's shape with nothing filled in: required fields only, lists at their minimum. */
export function emptyValue(schema: JsonSchema, root: JsonSchema): unknown {
  const resolved = resolve(schema, root);
  switch (resolved.type) {
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const key of resolved.required ?? []) value[key] = emptyValue(resolved.properties![key]!, root);
      return value;
    }
    case 'array':
      return Array.from({ length: resolved.minItems ?? 0 }, () => emptyValue(resolved.items!, root));
    case 'boolean':
      return false;
    case 'integer':
    case 'number':
      return resolved.minimum ?? 0;
    default:
      return choices(resolved)?.[0] ?? '';
  }
}

/** Every path of a field the form must show, for the schema (`groups[].items[].label`): what the tests expect. */
export function fieldPaths(schema: JsonSchema, root: JsonSchema, path = ''): string[] {
  const resolved = resolve(schema, root);
  if (resolved.type == 'object') {
    return Object.entries(resolved.properties ?? {})
      .filter(([key]) => key != '$schema')
      .flatMap(([key, child]) => {
        const childPath = path ? `${path}.${key}` : key;
        return [childPath, ...fieldPaths(child, root, childPath)];
      });
  }
  if (resolved.type == 'array' && resolve(resolved.items!, root).type == 'object') {
    return fieldPaths(resolved.items!, root, `${path}[]`);
  }
  return [];
}

/** A relative address (`images/a.svg`, `/book`): one with no scheme of its own. */
const isRelative = (address: string) => !/^[a-z][a-z\d+.-]*:/i.test(address);

/**
 * The content with every relative web address in it made absolute against `base`: content taken from the demo reads
 * its images from the demo's folder, wherever the element is shown.
 */
export function withAbsoluteUrls(value: unknown, schema: JsonSchema, root: JsonSchema, base: string): unknown {
  const resolved = resolve(schema, root);
  if (typeof value == 'string') {
    return resolved.format == 'uri-reference' && value && isRelative(value) ? new URL(value, base).href : value;
  }
  if (Array.isArray(value) && resolved.items) {
    return value.map((entry) => withAbsoluteUrls(entry, resolved.items!, root, base));
  }
  if (value && typeof value == 'object' && resolved.properties) {
    const properties = resolved.properties;
    return Object.fromEntries(
      Object.entries(value).map(([key, entry]) => [
        key,
        properties[key] ? withAbsoluteUrls(entry, properties[key], root, base) : entry,
      ]),
    );
  }
  return value;
}
