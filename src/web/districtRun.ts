/**
 * The district worker's work, apart from the worker's global scope so it runs anywhere: the wards'
 * files through the host-neutral pipeline (`consolidateWardFiles`: each file read, run and dropped,
 * only its figures kept), progress after each file, then the district workbook's bytes.
 */
import type ExcelJS from 'exceljs';
import { errorCode } from '../core/refusal';
import { consolidateWardFiles, districtWorkbookBytes } from '../workbookFile/district';
import type { FileFallback } from '../workbookFile/fallback';
import type { DistrictReply, DistrictRequest } from './districtProtocol';

export type Post = (reply: DistrictReply, transfer?: Transferable[]) => void;

/** Answers one request: a `read` after each file, then the `district` (its workbook's buffer moved), or `crashed`. */
export async function runDistrict(
  request: DistrictRequest,
  post: Post,
  loadExcelJS: () => Promise<typeof ExcelJS>,
  fallback: FileFallback,
): Promise<void> {
  const { id, files } = request;
  try {
    const { district, notices } = await consolidateWardFiles(files, {
      fallback,
      onProgress: (done, total) => post({ type: 'read', id, done, total }),
    });
    const xlsx = await districtWorkbookBytes(await loadExcelJS(), district);
    post({ type: 'district', id, result: { district, notices, xlsx } }, [xlsx.buffer as ArrayBuffer]);
  } catch (error) {
    post({ type: 'crashed', id, code: errorCode(error) });
  }
}
