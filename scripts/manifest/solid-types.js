/**
 * Solid's JSX types read `IntrinsicElements` from "solid-js/jsx-runtime" (with `"jsxImportSource": "solid-js"`), which
 * re-exports the namespace: the "solid-js" augmentation in @wc-toolkit/jsx-types' file does not reach it. This file
 * adds the generated `CustomElementsSolidJs` (tags, `prop:`/`attr:`/`on:` names) where Solid looks, and nothing else.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function solidTypesPlugin({ outdir, fileName, jsxFileName }) {
  const generated = `./${jsxFileName.replace(/\.d\.ts$/, '.js')}`;
  return {
    name: 'clinic: Solid types',
    packageLinkPhase() {
      writeFileSync(
        join(outdir, fileName),
        `// Written by scripts/manifest/solid-types.js: the generated ${jsxFileName}, where Solid's runtime reads JSX.
import type { CustomElementsSolidJs } from '${generated}';

declare module 'solid-js/jsx-runtime' {
  namespace JSX {
    interface IntrinsicElements extends CustomElementsSolidJs {}
  }
}
`,
      );
    },
  };
}
