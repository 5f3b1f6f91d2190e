/**
 * The data syncs of `./readWorkbook`: the user's sheets read in bands of rows, so that no response
 * passes Excel on the web's 5 MB, however long a sheet is (up to the read window), and the bands
 * stitched into one `Grid` per sheet.
 *
 * A band is a run of rows of the read window (all its columns); of it only the block holding values
 * is loaded (`getUsedRangeOrNullObject(true)`), with `values`, `numberFormat`, `valueTypes`,
 * the band's merged areas, and the address of the values in the window's rows below
 * it (where the next band starts — empty rows between are skipped — and how far the bands go).
 *   - First pass (one sync, with whatever the caller adds to it): every sheet's first band and the
 *     address of its values on the whole sheet (clipping). Nothing is measured yet, so a row is
 *     assumed to cost `ASSUMED_CELL_BYTES` × `ASSUMED_COLUMNS` (800 bytes: a table of 16 columns;
 *     a wider one above ~5,000 rows costs one failed sync, then smaller bands) and the sheets share
 *     `READ_BUDGET_BYTES` evenly: an ordinary workbook is read whole in this one sync.
 *   - Then, while rows remain: bands sized from the bytes each sheet's blocks measured (their three
 *     arrays as JSON, per cell, × the width of the values left), bands of several sheets packed
 *     into one sync up to `READ_BUDGET_BYTES`.
 *
 * Merged areas, band by band (fewer per request than the whole sheet's, so Excel's 512-area limit
 * is met less often). Excel returns the areas whose top-left cell lies in the range, with their
 * whole address (office-js issue #3611); a host returning every area that meets the range would
 * give an area crossing a band edge twice, so an area is kept only from the band holding its
 * top-left cell. Areas starting in rows no band covers (empty rows below or between values) are not
 * read.
 *
 * Fallbacks, each costing the failed sync: a response over the limit (a row heavier than measured)
 * → the same rows again in smaller bands; merged areas refused (more than 512 in one band) → the
 * batch again without merges, and no sheet keeps merges (as before banding: all or none).
 */
/// <reference types="office-js" />
import { fillRows, putCell, type CellRange, type CellValue, type Grid } from '../core/grid';
import { parseAreaList, parseSheetAddress, refOf } from './address';

/** Estimated response bytes one data sync may load; Excel on the web refuses above 5 MB. */
export const READ_BUDGET_BYTES = 4_500_000;

/** JSON bytes a cell is assumed to cost before any was measured (measured: ~50 for a table). */
export const ASSUMED_CELL_BYTES = 50;

/** Columns a sheet is assumed to hold before its extent is known (for its first band). */
export const ASSUMED_COLUMNS = 16;

/** Room kept per band for what is not the three arrays (addresses, up to 512 merged areas). */
const BAND_OVERHEAD_BYTES = 16_000;

/** Rows of the window, 0-based and inclusive. */
export interface RowSpan {
  top: number;
  bottom: number;
}

/** One sheet's progress through its bands, and what its loaded blocks weighed. */
export interface SheetBands {
  /** Rows still to read: `next`..`last` (none when `next > last`). */
  next: number;
  last: number;
  /** Columns of the sheet's values in the window (what a band row may hold at most). */
  width: number;
  /** JSON bytes per cell measured so far; `ASSUMED_CELL_BYTES` until a block is loaded. */
  cellBytes: number;
}

/** A planned band: which sheet (index into the plan's sheets) and which rows. */
export interface Band {
  sheet: number;
  rows: RowSpan;
}

export interface SheetsRead<T> {
  grids: Grid[];
  /** Names of the sheets with values beyond the window. */
  clipped: string[];
  syncs: number;
  /** Merged areas were asked for and Excel gave them (false: the grids hold none). */
  merges: boolean;
  /** What the caller queued into the first pass, loaded. */
  extra: T;
}

export interface ReadSheetsOptions<T> {
  window: CellRange;
  /** Ask for merged areas (ExcelApi 1.13). */
  merges: boolean;
  /** Response bytes the caller's own loads in the first pass may take. */
  reservedBytes: number;
  /** Queues the caller's loads into the first pass (again if that sync is retried). */
  queueExtra: () => T;
}

/** Reads the sheets' values within `window` into grids, in as few syncs as the 5 MB limit allows. */
export async function readSheets<T>(
  context: Excel.RequestContext,
  sheets: Excel.Worksheet[],
  options: ReadSheetsOptions<T>,
): Promise<SheetsRead<T>> {
  const reading = new SheetsReading(context, sheets, options);
  const extra = await reading.firstPass(options);
  // Syncs in a loop on purpose: each batch is sized from the bytes the previous ones measured.
  while (reading.rowsLeft()) await reading.nextBands();
  return { ...reading.result(), extra };
}

/** The sheets' readers and what every sync of the reading shares (merges asked or not, syncs). */
class SheetsReading {
  private readonly readers: SheetReader[];
  private withMerges: boolean;
  private syncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    sheets: Excel.Worksheet[],
    options: { window: CellRange; merges: boolean },
  ) {
    this.readers = sheets.map((ws) => new SheetReader(ws, options.window));
    this.withMerges = options.merges;
  }

  /** The first pass: every sheet's first band, with the caller's loads (one sync, unless it fails). */
  async firstPass<T>(options: ReadSheetsOptions<T>): Promise<T> {
    let rows = firstBandRows(this.readers.length, options.reservedBytes, options.window);
    const first = await this.syncAdapting(
      () => ({
        sheets: this.readers.map((r) => r.queueFirstPass(rows, this.withMerges)),
        extra: options.queueExtra(),
      }),
      () => {
        if (rows <= 1) return false;
        rows = Math.ceil(rows / 4);
        return true;
      },
    );
    first.sheets.forEach((load, i) => this.readers[i].absorbFirstPass(load));
    return first.extra;
  }

  rowsLeft(): boolean {
    return this.readers.some((r) => r.bands.next <= r.bands.last);
  }

  /** One sync of bands, as many sheets' as the budget holds. */
  async nextBands(): Promise<void> {
    const sheets = this.readers.map((r) => r.bands);
    let plan = planBatch(sheets, READ_BUDGET_BYTES);
    const loads = await this.syncAdapting(
      () => plan.map((b) => this.readers[b.sheet].queueBand(b.rows, this.withMerges)),
      () => {
        if (plan.length === 1 && plan[0].rows.top === plan[0].rows.bottom) return false;
        // Rows heavier than measured: count them at twice the rate, which halves their bands.
        for (const b of plan) sheets[b.sheet].cellBytes *= 2;
        plan = planBatch(sheets, READ_BUDGET_BYTES);
        return true;
      },
    );
    loads.forEach((load, i) => this.readers[plan[i].sheet].absorbBand(load));
  }

  result(): Omit<SheetsRead<never>, 'extra'> {
    return {
      grids: this.readers.map((r) => r.builder.grid(r.name)),
      clipped: this.readers.filter((r) => r.clipped).map((r) => r.name),
      syncs: this.syncs,
      merges: this.withMerges,
    };
  }

  /**
   * Queues a batch and syncs it. After a failure the batch is queued and synced again: without
   * merges when Excel refused them, or as `shrink` makes it after a response over the limit
   * (`shrink` false: too small to shrink, the error propagates).
   */
  private async syncAdapting<B>(queue: () => B, shrink: () => boolean): Promise<B> {
    for (;;) {
      const batch = queue();
      this.syncs++;
      try {
        await this.context.sync();
        return batch;
      } catch (e) {
        if (!(isPayloadError(e) ? shrink() : this.dropMerges())) throw e;
      }
    }
  }

  /** After Excel refused the merged areas (more than 512 in a band): none asked, none kept. */
  private dropMerges(): boolean {
    if (!this.withMerges) return false;
    this.withMerges = false;
    for (const r of this.readers) r.builder.dropMerges();
    return true;
  }
}

function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code;
  return typeof code === 'string' && /PayloadSizeLimitExceeded|PayloadTooLarge/.test(code);
}

/** Rows of each sheet's first band: the budget left by the caller, shared evenly, at assumed costs. */
export function firstBandRows(sheetCount: number, reservedBytes: number, window: CellRange): number {
  const rowBytes = ASSUMED_CELL_BYTES * ASSUMED_COLUMNS;
  const rows = Math.floor((READ_BUDGET_BYTES - reservedBytes) / rowBytes / Math.max(1, sheetCount));
  return Math.min(Math.max(rows, 1), window.bottom - window.top + 1);
}

/**
 * The next sync's bands: each sheet in turn gets its remaining rows, or as many as the budget left
 * holds at its measured rate; at least one row, so that reading always moves on.
 */
export function planBatch(sheets: SheetBands[], budget: number): Band[] {
  const plan: Band[] = [];
  let left = budget;
  sheets.forEach((s, sheet) => {
    if (s.next > s.last) return;
    const rows = Math.min(s.last - s.next + 1, Math.floor((left - BAND_OVERHEAD_BYTES) / rowBytes(s)));
    if (rows < 1) return;
    plan.push({ sheet, rows: { top: s.next, bottom: s.next + rows - 1 } });
    left -= BAND_OVERHEAD_BYTES + rows * rowBytes(s);
  });
  const first = sheets.findIndex((s) => s.next <= s.last);
  if (plan.length === 0 && first >= 0)
    plan.push({ sheet: first, rows: { top: sheets[first].next, bottom: sheets[first].next } });
  return plan;
}

function rowBytes(s: SheetBands): number {
  return Math.max(1, s.cellBytes * s.width);
}

// ---------------------------------------------------------------- one sheet

interface BandLoad {
  rows: RowSpan;
  /** The band's block of values (a null object when the band holds none). */
  data: Excel.Range;
  merges: Excel.RangeAreas | null;
  /** The values in the window's rows below the band: where the next band starts and how far they go. */
  below: Excel.Range | null;
}

interface FirstPassLoad {
  band: BandLoad;
  /** The sheet's values anywhere: beyond the window, the sheet is clipped. */
  used: Excel.Range;
}

/** Rows at the end of a block whose rate sizes the next band when they are the heaviest. */
const TAIL_ROWS = 1_000;

const encoder = new TextEncoder();

/** UTF-8 bytes of the block's arrays as JSON, about what the response spends on them. */
function jsonBytes(block: LoadedBlock): number {
  return encoder.encode(JSON.stringify(block)).length;
}

function cellCount(block: LoadedBlock): number {
  return block.values.length * (block.values[0]?.length ?? 0);
}

class SheetReader {
  readonly name: string;
  readonly builder = new GridBuilder();
  readonly bands: SheetBands = { next: 0, last: -1, width: 0, cellBytes: ASSUMED_CELL_BYTES };
  clipped = false;
  private loadedBytes = 0;
  private loadedCells = 0;

  constructor(
    private readonly ws: Excel.Worksheet,
    private readonly window: CellRange,
  ) {
    this.name = ws.name;
  }

  queueFirstPass(rows: number, withMerges: boolean): FirstPassLoad {
    const band = this.queueBand({ top: this.window.top, bottom: this.window.top + rows - 1 }, withMerges);
    const used = this.ws.getUsedRangeOrNullObject(true);
    // eslint-disable-next-line office-addins/no-navigational-load -- isNullObject is a scalar here, loaded explicitly
    used.load('isNullObject,address');
    return { band, used };
  }

  absorbFirstPass(load: FirstPassLoad): void {
    const used = load.used.isNullObject ? null : parseSheetAddress(load.used.address);
    this.clipped = used !== null && (used.bottom > this.window.bottom || used.right > this.window.right);
    this.absorbBand(load.band);
  }

  queueBand(rows: RowSpan, withMerges: boolean): BandLoad {
    const range = this.ws.getRange(refOf({ ...this.window, ...rows }));
    const data = range.getUsedRangeOrNullObject(true);
    // eslint-disable-next-line office-addins/no-navigational-load -- isNullObject is a scalar here, loaded explicitly
    data.load('isNullObject,address,values,numberFormat,valueTypes');
    let merges: Excel.RangeAreas | null = null;
    if (withMerges) {
      merges = range.getMergedAreasOrNullObject();
      merges.load('isNullObject,address');
    }
    let below: Excel.Range | null = null;
    if (rows.bottom < this.window.bottom) {
      below = this.ws.getRange(refOf({ ...this.window, top: rows.bottom + 1 })).getUsedRangeOrNullObject(true);
      // eslint-disable-next-line office-addins/no-navigational-load -- idem
      below.load('isNullObject,address');
    }
    return { rows, data, merges, below };
  }

  absorbBand(load: BandLoad): void {
    const origin = load.data.isNullObject ? null : parseSheetAddress(load.data.address);
    if (origin) {
      const block: LoadedBlock = {
        values: load.data.values,
        numberFormat: load.data.numberFormat,
        valueTypes: load.data.valueTypes,
      };
      this.builder.addBlock(origin, block);
      this.measure(block);
    }
    if (load.merges && !load.merges.isNullObject) this.builder.addMerges(parseAreaList(load.merges.address), load.rows);
    // Empty rows between the band and the next values (a stray value far below) are skipped.
    const rest = load.below && !load.below.isNullObject ? parseSheetAddress(load.below.address) : null;
    this.bands.next = rest ? rest.top : load.rows.bottom + 1;
    this.bands.last = rest ? rest.bottom : load.rows.bottom;
    if (rest) this.bands.width = rest.right - rest.left + 1;
  }

  /**
   * The rate for the next bands: the average so far, or the rate of the block's last rows when
   * heavier — the rows just read are the best guess of the rows next. Per cell holding a value
   * (empty cells cost little), counting at least half the cells: the next rows may be fuller, as
   * notes under a wider table are (their width is what the next band gets).
   */
  private measure(block: LoadedBlock): void {
    const cells = weightedCells(block);
    if (cells === 0) return;
    this.loadedBytes += jsonBytes(block);
    this.loadedCells += cells;
    const from = Math.max(0, block.values.length - TAIL_ROWS);
    const tail: LoadedBlock = {
      values: block.values.slice(from),
      numberFormat: block.numberFormat.slice(from),
      valueTypes: block.valueTypes.slice(from),
    };
    this.bands.cellBytes = Math.max(this.loadedBytes / this.loadedCells, jsonBytes(tail) / weightedCells(tail));
  }
}

/** Cells holding a value, but at least half of all the block's cells. */
function weightedCells(block: LoadedBlock): number {
  let filled = 0;
  for (const row of block.valueTypes) for (const t of row) if (t !== 'Empty') filled++;
  return Math.max(filled, cellCount(block) / 2);
}

// ---------------------------------------------------------------- stitching

/** A loaded block's arrays, as office-js returns them. */
interface LoadedBlock {
  values: unknown[][];
  numberFormat: unknown[][];
  valueTypes: string[][];
}

/**
 * One sheet's grid from its blocks (0-based from A1, wherever each block starts). Blocks do not
 * overlap; trailing empty rows and each row's trailing empty cells are left out.
 */
class GridBuilder {
  private readonly values: CellValue[][] = [];
  private readonly formats: (string | null)[][] = [];
  private readonly merges = new Map<string, CellRange>();

  addBlock(origin: CellRange, block: LoadedBlock): void {
    block.values.forEach((row, i) =>
      row.forEach((raw, j) => {
        const value = toCellValue(raw, block.valueTypes[i]?.[j]);
        if (value === null) return;
        const [r, c] = [origin.top + i, origin.left + j];
        putCell(this.values, r, c, value);
        const fmt = block.numberFormat[i]?.[j];
        if (typeof fmt === 'string' && fmt !== '' && fmt !== 'General') putCell(this.formats, r, c, fmt);
      }),
    );
  }

  /** The areas of a band's merged-areas list that start in its rows (see "Merged areas" above). */
  addMerges(areas: CellRange[], rows: RowSpan): void {
    for (const a of areas) if (a.top >= rows.top && a.top <= rows.bottom) this.merges.set(refOf(a), a);
  }

  dropMerges(): void {
    this.merges.clear();
  }

  grid(sheet: string): Grid {
    const rowCount = this.values.length;
    const grid: Grid = { sheet, values: fillRows(this.values, rowCount) };
    if (this.formats.length > 0) grid.numberFormats = fillRows(this.formats, rowCount);
    if (this.merges.size > 0) grid.merges = [...this.merges.values()];
    return grid;
  }
}

/** The engine's value of a cell as office-js returns it. */
export function toCellValue(raw: unknown, valueType: string | undefined): CellValue {
  if (valueType === 'Error') return { error: String(raw) };
  if (raw === '' || raw === null || raw === undefined) return null;
  if (typeof raw === 'number' || typeof raw === 'boolean' || typeof raw === 'string') return raw;
  return null;
}
