// `npm test`: the type check and the lint side by side (each uses one core), then vitest (every
// project: quick, quick-isolated and size), stopping at the first phase that fails; prints each
// phase's wall time and the machine's load, so a slow run can be told from a loaded machine.
// Arguments go to vitest. When the command line's bundle is older than its sources (an edited
// checkout; `npm ci` builds it), it is rebuilt first (≈2 s): the tests run `node bin/chitieu.js`
// hundreds of times, and through tsx each start costs seconds. When the add-in and the web page
// are not built from the current sources (a fresh clone), `npm run build` runs beside the checks,
// once, rather than inside vitest where the browser tests would wait for it with a core idle; the
// browser tests' harness still builds when run on their own.
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { bundleIsFresh } from '../bin/bundle-fresh.js';
import { buildIsFresh } from './build-stamp.mjs';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const root = fileURLToPath(new URL('..', import.meta.url));
const times = [];

function run(name, args, command = npx) {
  const start = Date.now();
  return new Promise((done) => {
    const child = spawn(command, args, { stdio: 'inherit', cwd: root });
    child.on('close', (code) => {
      const seconds = (Date.now() - start) / 1000;
      times.push({ name, seconds, ok: code === 0 });
      done(code === 0 ? 0 : (code ?? 1));
    });
  });
}

function report() {
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  console.log('\nnpm test, wall time by phase:');
  for (const t of times)
    console.log(`  ${t.name.padEnd(26)} ${t.seconds.toFixed(1).padStart(7)} s${t.ok ? '' : '  FAILED'}`);
  console.log(
    `  ${'total'.padEnd(26)} ${((Date.now() - started) / 1000).toFixed(1).padStart(7)} s   (load average ${load})`,
  );
}

const started = Date.now();
const checks = await Promise.all([
  run('typecheck (tsc)', ['tsc', '--noEmit', '-p', 'tsconfig.json']),
  run('lint (eslint)', ['eslint', 'src', 'tests']),
  bundleIsFresh(root) ? 0 : run('command line bundle', ['run', 'build:cli', '--silent'], npm),
  buildIsFresh() ? 0 : run('build (add-in, web page)', ['run', 'build', '--silent'], npm),
]);
let code = checks.find((c) => c !== 0) ?? 0;
if (code === 0) code = await run('vitest (all projects)', ['vitest', 'run', ...process.argv.slice(2)]);
report();
process.exitCode = code;
