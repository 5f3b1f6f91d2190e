/**
 * The messages between the page's consolidation (`WebDistrict`) and its worker (`districtWorker.ts`):
 * the page sends the wards' files (their buffers moved, not copied), the worker answers after each
 * file with how many are read, then the district report and its workbook, or a crash's code.
 */
import type { DistrictReport } from '../core/consolidate/types';

export interface DistrictFileIn {
  bytes: Uint8Array;
  name: string;
}

export type DistrictRequest = { type: 'consolidate'; id: number; files: DistrictFileIn[] };

/** The district as the page shows it, and the district workbook to download. */
export interface PageDistrict {
  district: DistrictReport;
  /** What reading a ward's file changed, one line each (`a.xls: Lưu ý: …`). */
  notices: string[];
  xlsx: Uint8Array;
  /** The district's draft báo cáo (.docx), the one `chitieu consolidate --bao-cao` writes. */
  baoCao?: Uint8Array;
}

export type DistrictReply =
  | { type: 'read'; id: number; done: number; total: number }
  | { type: 'district'; id: number; result: PageDistrict }
  | { type: 'refused'; id: number; message: string }
  | { type: 'crashed'; id: number; code: string };
