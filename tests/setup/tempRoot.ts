/**
 * vitest's global setup: every temporary folder the tests make (mkdtemp under os.tmpdir(), the
 * LibreOffice profiles, the command line's outputs, chromium's profiles) goes under one folder of
 * this run, which is removed when the run ends, so a run leaves nothing in /tmp whatever a test
 * forgets. The workers and the processes they start inherit TMPDIR.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  // Each vitest project runs the global setup; the first one makes the folder.
  if (process.env.CHITIEU_TEST_TMP) return () => {};
  const root = mkdtempSync(join(tmpdir(), 'chitieu-test-'));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = root;
  process.env.CHITIEU_TEST_TMP = root;
  return () => {
    delete process.env.CHITIEU_TEST_TMP;
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(root, { recursive: true, force: true });
  };
}
