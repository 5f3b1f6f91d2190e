/** Grids of tables whose name cells carry italics or Excel's indent, to seed the fake host with. */
import type { CellValue, Grid, TextStyle } from '../../src/core/grid';

/** A grid of a table without STT whose rows carry the given looks of their name cells. */
export function lookedGrid(looks: (TextStyle | null)[], rows = looks.length): Grid {
  const values: CellValue[][] = [['Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện']];
  const textStyles: (TextStyle | null)[][] = [[]];
  for (let k = 0; k < rows; k++) {
    values.push([`Chỉ tiêu số ${k + 1}`, 'Người', 100 + k, 110 + k]);
    textStyles.push([looks[k % looks.length]]);
  }
  return { sheet: 'Chỉ tiêu', values, textStyles };
}
