/**
 * Writes schemas/<element>.schema.json, JSON Schema for editors, from the same TypeScript schemas
 * the elements validate with. `--check` fails instead when a committed file is out of date.
 * A file may hold one content object or a collection of them ({"articles": [ … ]}).
 */
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { build } from 'esbuild';

const check = process.argv.includes('--check');
const components = await readdir('src/components');
let stale = [];
await mkdir('schemas', { recursive: true });

for (const name of components) {
  const { outputFiles } = await build({
    entryPoints: [`src/components/${name}/${name}.schema.ts`],
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'error',
  });
  const module = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
  const spec = Object.values(module).find((value) => value?.schema && value.collection);
  const one = toJsonSchema(spec.schema);
  const json = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `clinic-elements/schemas/${name}.schema.json`,
    title: `<clinic-${name}> content`,
    description: `One content object, or a collection picked with ${spec.pickAttribute}="id".`,
    anyOf: [
      { $ref: '#/$defs/content' },
      {
        type: 'object',
        properties: {
          $schema: { type: 'string' },
          [spec.collection]: { type: 'array', items: { $ref: '#/$defs/content' } },
        },
        required: [spec.collection],
      },
    ],
    $defs: { content: one },
  };
  const file = `schemas/${name}.schema.json`;
  const text = JSON.stringify(json, null, 2) + '\n';
  if (check) {
    const current = await readFile(file, 'utf8').catch(() => '');
    if (current !== text) stale.push(file);
  } else {
    await writeFile(file, text);
    console.log(`wrote ${file}`);
  }
}
if (stale.length) {
  console.error(`Out of date: ${stale.join(', ')}. Run npm run schemas and commit the result.`);
  process.exit(1);
}

function toJsonSchema(schema, top = true) {
  const out = { ...schema.json };
  if (schema.entries) {
    // object(): unknown fields are errors, so the JSON object is closed.
    out.additionalProperties = false;
    const entries = Object.entries(schema.entries);
    out.properties = Object.fromEntries(entries.map(([key, value]) => [key, toJsonSchema(value, false)]));
    if (top) out.properties = { $schema: { type: 'string' }, ...out.properties };
    out.required = entries.filter(([, value]) => !value.optional).map(([key]) => key);
  }
  if (schema.item) out.items = toJsonSchema(schema.item, false);
  return out;
}
