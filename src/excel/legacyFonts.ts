/**
 * The fonts of a sheet's texts, read only where its content already looks like legacy Vietnamese
 * text (TCVN3, VNI: DOMAIN.md §7.6), so that `decodeLegacyGrid` decodes by font as the CLI does —
 * a title in `.VnTimeH` (TCVN3 shown in capitals) comes out in capitals, a short text without a
 * telling character is still decoded when its font says so.
 *
 * Cost: one sync (`Range.getCellProperties`, ExcelApi 1.9, the add-in's minimum), made only for a
 * workbook holding such text; a Unicode workbook pays nothing. The range asked is the box of a
 * sheet's text cells, its rows clipped so the response stays far below Excel on the web's 5 MB
 * (`FONT_CELL_BUDGET` cells in all; the title block and the headers, at the top, always fit).
 */
/// <reference types="office-js" />
import type { Grid } from '../core/grid';
import { detectLegacyEncoding, legacyFontOf } from '../core/legacyText';
import { refOf } from './address';

/** Cells whose font one sync may ask for (~70 bytes each in the response: ~2.8 MB at most). */
export const FONT_CELL_BUDGET = 40_000;

const FONT_NAME: Excel.CellPropertiesLoadOptions = { format: { font: { name: true } } };

interface TextBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The box of a grid's text cells when one of them reads as legacy text by content; else null. */
function legacyTextBox(grid: Grid): TextBox | null {
  let box: TextBox | null = null;
  let legacy = false;
  grid.values.forEach((cells, row) =>
    cells.forEach((value, col) => {
      if (typeof value !== 'string') return;
      if (!legacy && detectLegacyEncoding(value)) legacy = true;
      if (!box) box = { top: row, left: col, bottom: row, right: col };
      else {
        box.left = Math.min(box.left, col);
        box.right = Math.max(box.right, col);
        box.bottom = row;
      }
    }),
  );
  return legacy ? box : null;
}

/** A queued font read: `withFonts()` after the sync. */
export interface FontRead {
  /** The grids with the fonts of their texts (`legacyFonts`), ready for `decodeLegacyGrid`. */
  withFonts(): Grid[];
}

/**
 * Queues the font read of the sheets whose texts look legacy (`sheets[i]` is `grids[i]`'s
 * worksheet); null when no sheet does — then no sync is needed.
 */
export function queueLegacyFonts(sheets: Excel.Worksheet[], grids: Grid[]): FontRead | null {
  const boxes = grids.map(legacyTextBox);
  const asked = boxes.filter((b): b is TextBox => b !== null);
  if (asked.length === 0) return null;
  const share = Math.floor(FONT_CELL_BUDGET / asked.length);
  const reads = boxes.map((box, i) => {
    if (!box) return null;
    const width = box.right - box.left + 1;
    const rows = Math.max(1, Math.floor(share / width));
    const clipped = { ...box, bottom: Math.min(box.bottom, box.top + rows - 1) };
    return { box: clipped, result: sheets[i].getRange(refOf(clipped)).getCellProperties(FONT_NAME) };
  });
  return {
    withFonts: () =>
      grids.map((grid, i) => {
        const read = reads[i];
        return read ? { ...grid, legacyFonts: legacyFontsOf(grid, read.box, read.result.value) } : grid;
      }),
  };
}

/** `legacyFonts` of a grid: the font name of each text cell set in a legacy font, null elsewhere. */
function legacyFontsOf(grid: Grid, box: TextBox, cells: Excel.CellProperties[][]): (string | null)[][] {
  return grid.values.map((row, r) =>
    row.map((value, c) => {
      if (typeof value !== 'string') return null;
      const name = cells[r - box.top]?.[c - box.left]?.format?.font?.name ?? null;
      return legacyFontOf(name) ? name : null;
    }),
  );
}
