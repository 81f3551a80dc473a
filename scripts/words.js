/**
 * Writes the list of every built-in word (README.md, between the `words` markers) from the English words themselves
 * (src/words.ts): one table per element, its keys, the values each takes and its English text. `--check` fails
 * instead when the README is out of date.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';

const START = '<!-- words:start (written by node scripts/words.js) -->';
const END = '<!-- words:end -->';
const check = process.argv.includes('--check');

const { outputFiles } = await build({
  entryPoints: ['src/words.ts'],
  bundle: true,
  format: 'esm',
  write: false,
  logLevel: 'error',
});
const { englishWords } = await import(
  `data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`
);

/** A table cell: the text as code, its pipes escaped. */
const cell = (text) => '`' + String(text).replaceAll('|', '\\|') + '`';

/** The `{placeholders}` a word takes. */
const valuesOf = (text) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => `{${match[1]}}`);

const sections = Object.entries(englishWords).map(([element, words]) => {
  const rows = Object.entries(words).map(([key, english]) =>
    typeof english == 'string'
      ? `| ${cell(key)} | ${valuesOf(english).map(cell).join(' ') || ''} | ${cell(english)} |`
      : `| ${cell(key)} | | a structure: ${cell(JSON.stringify(english))} (not in \`labels\`) |`,
  );
  return [`**\`${element}\`**`, '', '| key | values | English |', '|---|---|---|', ...rows].join('\n');
});
const list = [START, ...sections, END].join('\n\n');

const readme = await readFile('README.md', 'utf8');
const [before, rest] = readme.split(START);
if (rest === undefined || !rest.includes(END)) {
  console.error(`README.md has no ${START} … ${END} markers.`);
  process.exit(1);
}
const updated = before + list + rest.slice(rest.indexOf(END) + END.length);
if (check) {
  if (updated !== readme) {
    console.error('README.md: the list of words is out of date. Run node scripts/words.js and commit the result.');
    process.exit(1);
  }
} else {
  await writeFile('README.md', updated);
  console.log('wrote the list of words in README.md');
}
