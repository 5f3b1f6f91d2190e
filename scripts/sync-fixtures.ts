/**
 * Copies the fixtures the tests need from `../shared` (beside the repository, where the project's
 * steering keeps them) into `tests/fixtures/`, so that `npm test` passes on a plain clone.
 *
 *   npm run fixtures          copy (and report what changed)
 *   npm run fixtures -- --check   only check that the copies are identical; exit 1 when not
 */
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { FIXTURE_SOURCES, FIXTURES_DIR } from '../tests/fixtures/sources';

const check = process.argv.includes('--check');
const shared = resolve(FIXTURES_DIR, '../../../shared');
if (!existsSync(shared)) {
  console.log(`Không có thư mục ${shared}: giữ nguyên bản sao trong tests/fixtures.`);
  process.exit(0);
}
let differ = 0;
for (const source of FIXTURE_SOURCES) {
  const from = resolve(shared, source);
  const to = resolve(FIXTURES_DIR, basename(source));
  const same = existsSync(to) && readFileSync(from).equals(readFileSync(to));
  if (same) continue;
  differ++;
  if (check) console.log(`khác: ${source}`);
  else {
    copyFileSync(from, to);
    console.log(`đã chép: ${source}`);
  }
}
if (check && differ > 0) process.exit(1);
console.log(differ === 0 ? 'tests/fixtures giống hệt ../shared.' : `${differ} tệp đã cập nhật.`);
