/** The names of the files chitieu writes for a workbook. */

/**
 * `Phúc Đồng 2020.xls` → `Phúc Đồng 2020 - chitieu.xlsx`: the input's name without its workbook
 * extension, marked as chitieu's, so a download never takes the input's own name.
 */
export function outputName(fileName: string, extension: 'xlsx' | 'docx', mark = 'chitieu'): string {
  const stem = fileName.replace(/\.(xlsx|xlsm|xls|ods)$/i, '') || 'so-chi-tieu';
  return `${stem} - ${mark}.${extension}`;
}
