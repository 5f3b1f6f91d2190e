/**
 * The district worker's work, apart from the worker's global scope so it runs anywhere: the wards'
 * files through the one district pipeline (`consolidateWorkbookFiles`: each file read, run and
 * dropped, only its figures kept), progress after each file, then the district workbook's and the
 * district draft báo cáo's bytes.
 */
import { errorCode } from '../core/refusal';
import { consolidateWorkbookFiles } from '../workbookFile/consolidate';
import type { FileFallback } from '../workbookFile/fallback';
import type { DistrictFileIn, DistrictReply, DistrictRequest } from './districtProtocol';

export type Post = (reply: DistrictReply, transfer?: Transferable[]) => void;

/**
 * Answers one request: a `read` after each file, then the `district` (its workbook's buffer moved),
 * `refused` when no ward file could be read (every file's reason), or `crashed`.
 */
export async function runDistrict(request: DistrictRequest, post: Post, fallback: FileFallback): Promise<void> {
  const { id } = request;
  // Each file's bytes are let go once it is read (taken out of the request, which the worker's
  // scope still holds): the worker keeps the wards' figures, not their workbooks.
  const pending: (DistrictFileIn | null)[] = request.files.splice(0);
  const files = pending.map((_, i) => () => {
    const file = pending[i]!;
    pending[i] = null;
    return Promise.resolve(file);
  });
  try {
    const run = await consolidateWorkbookFiles(files, {
      fallback,
      workbook: true,
      baoCao: {},
      onProgress: (done, total) => post({ type: 'read', id, done, total }),
    });
    if (!run.ok) return post({ type: 'refused', id, message: run.message });
    const xlsx = run.xlsx ?? new Uint8Array();
    const baoCao = run.baoCao ?? new Uint8Array();
    post({ type: 'district', id, result: { district: run.district, notices: run.notices, xlsx, baoCao } }, [
      xlsx.buffer as ArrayBuffer,
      baoCao.buffer as ArrayBuffer,
    ]);
  } catch (error) {
    post({ type: 'crashed', id, code: errorCode(error) });
  }
}
