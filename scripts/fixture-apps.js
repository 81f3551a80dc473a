/**
 * The fixture apps (test/fixtures/apps/*: React 19, React 18 with the wrappers, Vue 3, plain TypeScript) are apps as a
 * clinic's developers write them, with the library installed from `npm pack` of the build, as from the registry.
 * For each app: its own dependencies (`npm ci` from its lock file), the packed library on top (`npm install
 * --no-save`, so that its lock file never names a tarball), then its `check` script (a strict type check, in which
 * each `@ts-expect-error` of its misuse file must still be an error) and its `build` script, into its dist/, which
 * the browser tests (test/apps/, the `apps` group of web-test-runner.config.js) load.
 * An install is skipped when neither the app's package.json and lock file nor the tarball has changed since the last.
 * Run after `npm run build` (npm test does): `node scripts/fixture-apps.js [app …]`.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const APPS = 'test/fixtures/apps';
/** What the last install put in an app's node_modules: the hash of its package files, and the tarball's. */
const STAMP = 'node_modules/.clinic-elements-install.json';
const QUIET = ['--no-audit', '--no-fund', '--loglevel=error'];

const wanted = process.argv.slice(2);
const apps = (await readdir(APPS, { withFileTypes: true }))
  .filter((entry) => entry.isDirectory() && existsSync(join(APPS, entry.name, 'package.json')))
  .map((entry) => entry.name)
  .filter((name) => !wanted.length || wanted.includes(name));

async function sha256(...files) {
  const hash = createHash('sha256');
  for (const file of files) hash.update(await readFile(file));
  return hash.digest('hex');
}

/** Runs a command in `cwd`; on failure prints what it printed, and stops. */
function run(cwd, command, args) {
  try {
    execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    console.error(`${cwd}: ${command} ${args.join(' ')} failed\n${error.stdout}${error.stderr}`);
    process.exit(1);
  }
}

const packDir = await mkdtemp(join(tmpdir(), 'clinic-elements-pack-'));
try {
  const tarball = join(
    packDir,
    execFileSync('npm', ['pack', '--silent', '--pack-destination', packDir]).toString().trim(),
  );
  const stamp = { tarball: await sha256(tarball) };
  for (const app of apps) {
    const started = performance.now();
    const dir = join(APPS, app);
    stamp.dependencies = await sha256(join(dir, 'package.json'), join(dir, 'package-lock.json'));
    const last = JSON.parse(await readFile(join(dir, STAMP), 'utf8').catch(() => '{}'));
    const dependenciesChanged = last.dependencies != stamp.dependencies;
    if (dependenciesChanged) run(dir, 'npm', ['ci', ...QUIET]);
    if (dependenciesChanged || last.tarball != stamp.tarball) {
      run(dir, 'npm', ['install', '--no-save', ...QUIET, tarball]);
      await writeFile(join(dir, STAMP), JSON.stringify(stamp));
    }
    run(dir, 'npm', ['run', 'check', '--silent']);
    await rm(join(dir, 'dist'), { recursive: true, force: true });
    run(dir, 'npm', ['run', 'build', '--silent']);
    console.log(`fixture app ${app}: type-checked and built in ${Math.round(performance.now() - started)} ms`);
  }
} finally {
  await rm(packDir, { recursive: true, force: true });
}
