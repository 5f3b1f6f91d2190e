/**
 * runReport at its limit (a size test: the `size` vitest project, which `npm run test:quick`
 * skips): a sheet of more than MAX_INDICATORS indicator rows is refused with a Vietnamese message.
 */
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/core/grid';
import { runReport } from '../../src/core/index';

describe('report size limit', () => {
  it(`more than MAX_INDICATORS indicator rows is a Vietnamese message, not a long wait`, async () => {
    const { MAX_INDICATORS } = await import('../../src/core/index');
    const values: Grid['values'] = [['Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện']];
    for (let i = 0; i <= MAX_INDICATORS; i++) values.push([`Chỉ tiêu số ${i + 1}`, 'Hộ', 10, 12]);
    const run = runReport([{ sheet: 'S', values }]);
    expect(run.ok).toBe(false);
    if (!run.ok) expect(run.message).toMatch(/^Sổ có 100\.001 dòng chỉ tiêu, quá 100\.000 dòng/);
  });
});
