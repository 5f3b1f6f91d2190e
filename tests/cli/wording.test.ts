/** `chitieu report` with the wording options: the engine writes the chosen style, the rest as the seeds do. */
import { describe, expect, it } from 'vitest';
import { reportCommand, SAMPLE_WORKBOOK } from '../../src/cli/main';

describe('wording options', () => {
  it('the wording options change the sentences, and only those the user set', async () => {
    const given = await reportCommand({
      input: SAMPLE_WORKBOOK,
      output: null,
      json: null,
      wording: { rateTarget: 'given', termGoal: 'nhiem_ky' },
    });
    if (!given.ok) throw new Error(given.message);
    expect(given.report.narrative).toContain(
      'Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa là 91,69% (chỉ tiêu được giao 88%), vượt chỉ tiêu, tăng 0,89 điểm phần trăm so với cùng kỳ.',
    );
    expect(given.report.narrative.join(' ')).not.toMatch(/Nghị quyết Đại hội đề ra \(/);
    expect(given.report.narrative.join(' ')).toMatch(/chỉ tiêu nhiệm kỳ \(23,5 tỷ đồng\)/);
  });
});
