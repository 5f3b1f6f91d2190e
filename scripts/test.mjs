// `npm test`: the type check and the lint side by side (each uses one core), then vitest (both
// projects, quick and size), stopping at the first phase that fails; prints each phase's wall time
// and the machine's load, so a slow run can be told from a loaded machine. Arguments go to vitest.
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const times = [];

function run(name, args) {
  const start = Date.now();
  return new Promise((done) => {
    const child = spawn(npx, args, { stdio: 'inherit' });
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
]);
let code = checks.find((c) => c !== 0) ?? 0;
if (code === 0) code = await run('vitest (quick + size)', ['vitest', 'run', ...process.argv.slice(2)]);
report();
process.exitCode = code;
