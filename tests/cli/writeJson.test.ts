/**
 * `--json FILE` is written piece by piece (a 100,000-indicator report is ~450 MB of text, which as
 * one string peaked the process at 3 GiB): the file must hold exactly the bytes of
 * `JSON.stringify(report, null, 2)` and a newline, as before — for every fixture through the
 * command, and for any JSON value.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/cli/readWorkbook';
import { reportCommand } from '../../src/cli/main';
import { writeJsonFile } from '../../src/cli/writeResults';
import { runReport, toReportJson } from '../../src/core/index';
import { FIXTURE_NAMES, fixture } from '../fixtures/sources';

const dir = mkdtempSync(join(tmpdir(), 'chitieu-json-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const oneString = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

describe('the JSON file written piece by piece', () => {
  it.each(FIXTURE_NAMES)('%s: the command writes the bytes of the one-string JSON', async (name) => {
    const out = join(dir, `${name}.json`);
    const outcome = await reportCommand({ input: fixture(name), output: null, json: out });
    expect(outcome.ok).toBe(true);
    const read = await readWorkbook(fixture(name));
    if (!read.ok) throw new Error(read.message);
    const run = runReport(read.grids);
    if (!run.ok) throw new Error(run.message);
    expect(readFileSync(out, 'utf8')).toBe(oneString(toReportJson(run.report)));
  });

  it('writes any JSON value (nested, empty, unicode, undefined members) as JSON.stringify does', async () => {
    const withHoles = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 1 }),
        fc.constant(undefined),
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(fc.string({ maxLength: 4 }), tie('value'), { maxKeys: 4 }),
      ),
    })).value;
    let i = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.array(withHoles), fc.dictionary(fc.string(), withHoles)), async (value) => {
        const out = join(dir, `value-${i++}.json`);
        await writeJsonFile(out, value);
        expect(readFileSync(out, 'utf8')).toBe(oneString(value));
      }),
      { seed: 7, numRuns: 200 },
    );
  });
});
