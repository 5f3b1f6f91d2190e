/**
 * A strict in-memory Excel host for the office-js adapter (`src/excel`): see `client.ts` for the
 * proxy/load/sync semantics, `objects.ts` for the API subset, `state.ts` for the workbook model.
 *
 * @example
 * const fake = createFakeExcel(grids);
 * const result = await generateReport(fake.context, settings);
 * fake.syncCount;                           // context.sync() calls so far
 * fake.state.sheet('Báo cáo chỉ tiêu').… // what was written; values evaluated by HyperFormula
 */
/// <reference types="office-js" />
import { WEB_PAYLOAD_LIMIT, type FakeHost, type FakeRequestContext, type SyncStat } from './client';
import { createContext } from './objects';
import { WorkbookState, type SeedGrid } from './state';

export { CellEditMode, DELAY_FOR_CELL_EDIT_API, FakeSettings, installOfficeGlobals } from './office';
export { HostError, FakeLimitError } from './errors';
export {
  WorkbookState,
  SheetState,
  parseInput,
  type CellContent,
  type CellFormat,
  type HostValue,
  type SeedGrid,
} from './state';
export { WEB_PAYLOAD_LIMIT, type SyncStat } from './client';

export interface FakeExcel {
  state: WorkbookState;
  /** One context, as `Excel.run` gives; `newContext()` for another run on the same workbook. */
  context: Excel.RequestContext;
  newContext(): Excel.RequestContext;
  /** Every sync of every context on this workbook. */
  syncs: SyncStat[];
  readonly syncCount: number;
  /** Forgets the recorded syncs (e.g. between two runs). */
  resetStats(): void;
}

export interface FakeExcelOptions {
  /** Payload limit per request and response (default: Excel on the web's 5 MB; null: none). */
  payloadLimit?: number | null;
}

export function createFakeExcel(seed: SeedGrid[] | WorkbookState = [], options: FakeExcelOptions = {}): FakeExcel {
  const state = seed instanceof WorkbookState ? seed : WorkbookState.fromGrids(seed);
  const host: FakeHost = {
    state,
    syncs: [],
    payloadLimit: options.payloadLimit === undefined ? WEB_PAYLOAD_LIMIT : options.payloadLimit,
  };
  const newContext = () => createContext(host) as unknown as Excel.RequestContext;
  return {
    state,
    context: newContext(),
    newContext,
    get syncs() {
      return host.syncs;
    },
    get syncCount() {
      return host.syncs.length;
    },
    resetStats() {
      host.syncs.length = 0;
    },
  };
}

export type { FakeRequestContext };
