/**
 * The style read of a long table (the add-in's `./textStyles`): clipped to its cell budget, so every
 * response stays below Excel on the web's 5 MB, the rows within it styled.
 */
/// <reference types="office-js" />
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/excel/readWorkbook';
import { STYLE_CELL_BUDGET } from '../../src/excel/textStyles';
import { createFakeExcel, installOfficeGlobals, WEB_PAYLOAD_LIMIT } from '../fake-excel';
import { lookedGrid } from './styledGrids';

let restore: () => void;
beforeEach(() => (restore = installOfficeGlobals().restore));
afterEach(() => restore());

describe('the style read stays within the 5 MB of Excel on the web', () => {
  it('a table of 30,000 unnumbered rows: every response below 5 MB, the first rows styled', async () => {
    const looks = [null, { italic: true }, { indent: 1 }];
    const fake = createFakeExcel([lookedGrid(looks, 30_000)]);
    const read = await readWorkbook(fake.context);
    if (!read.ok) throw new Error(read.message);
    for (const s of fake.syncs) expect(s.responseBytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
    const styles = read.grids[0].textStyles ?? [];
    expect(styles[2]?.[0]).toEqual({ italic: true });
    expect(styles[3]?.[0]).toEqual({ indent: 1 });
    // The rows within the budget (the name column's, from the header down) carry their look.
    expect(styles[STYLE_CELL_BUDGET - 1]?.[0]).toEqual(looks[(STYLE_CELL_BUDGET - 2) % 3]);
  });
});
