/**
 * The WordPress block library's real front-end CSS, for the host-page tests (test/host-page/). It is GPL, so it is
 * never committed: the first test run fetches the pinned package with `npm pack` (the project's own registry and
 * cache), checks the tarball against the integrity the registry published, and keeps only `build-style/style.css` and
 * `style-rtl.css` in node_modules/.cache/, which the test server serves as it is. Installing the package instead would
 * pull in hundreds of its dependencies (one of them missing from this registry) for two stylesheets.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

const PACKAGE = '@wordpress/block-library@11.1.0';
/** As `npm view @wordpress/block-library@11.1.0 dist.integrity` prints it. */
const INTEGRITY = 'sha512-QSg0uK/aWwaaZJiC625cVdh5R2GKkwwIL23VQaAMV+EHfOA4LzdwpZH4wo0o5NgS/pQN7KMJq6wz50F+dav98Q==';
const STYLESHEETS = ['style.css', 'style-rtl.css'];

/** A Subresource Integrity string, as npm's `dist.integrity`. */
const sha512 = (bytes) => `sha512-${createHash('sha512').update(bytes).digest('base64')}`;

const cacheRoot = fileURLToPath(new URL('../../node_modules/.cache/', import.meta.url));
const cache = join(cacheRoot, 'wordpress-block-library-11.1.0');

/** Fetches the stylesheets into the cache unless they are there already. */
export async function cacheWordPressCss() {
  if (STYLESHEETS.every((name) => existsSync(join(cache, name)))) return;
  await mkdir(cacheRoot, { recursive: true });
  const work = await mkdtemp(join(cacheRoot, 'wordpress-download-'));
  try {
    const { stdout } = await run('npm', ['pack', PACKAGE, '--json', '--silent', '--pack-destination', work]);
    const tarball = join(work, JSON.parse(stdout)[0].filename);
    const integrity = sha512(await readFile(tarball));
    if (integrity !== INTEGRITY) throw new Error(`the tarball's integrity is ${integrity}, not ${INTEGRITY}`);
    await run('tar', ['-xzf', tarball, '-C', work, ...STYLESHEETS.map((name) => `package/build-style/${name}`)]);
    await mkdir(cache, { recursive: true });
    // Each file lands whole or not at all: copied beside its place, then renamed into it.
    for (const name of STYLESHEETS) {
      await copyFile(join(work, 'package/build-style', name), join(cache, `${name}.partial`));
      await rename(join(cache, `${name}.partial`), join(cache, name));
    }
  } catch (error) {
    throw new Error(`Could not fetch the WordPress CSS for the host-page tests (${PACKAGE}): ${error.message}`, {
      cause: error,
    });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
