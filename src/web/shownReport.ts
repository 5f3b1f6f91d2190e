/**
 * What the page lays out of a report: at most `SHOWN_SENTENCES` sentences and as many findings.
 * A browser lays out a few hundred rows with their buttons at once; 100,000 sentences, each with
 * its "Sao chép", took the page longer than the whole report (the layout forced by an accordion's
 * measure ran over every one of them). Nothing is lost: "Sao chép tất cả" copies every sentence,
 * and the downloads hold every sentence and finding; a line under the list says how many more.
 */
import type { Report } from '../core/indicator';

/** Sentences (and findings) laid out on the page, at most. */
export const SHOWN_SENTENCES = 500;

export const SHOWN_WORDS = {
  sentencesLeft: (n: number) =>
    `Trang chỉ hiện ${SHOWN_SENTENCES.toLocaleString('vi-VN')} câu đầu; còn ${n.toLocaleString('vi-VN')} câu nữa: nút "Sao chép tất cả" chép đủ mọi câu, và phụ lục Word có đủ.`,
  checksLeft: (n: number) =>
    `Còn ${n.toLocaleString('vi-VN')} số liệu cần kiểm tra nữa: xem đầy đủ trong tệp Excel tải về.`,
};

export interface ShownReport {
  /** The report with its first sentences and findings only. */
  report: Report;
  sentencesLeft: number;
  checksLeft: number;
}

export function shownReport(report: Report): ShownReport {
  const sentencesLeft = Math.max(0, report.narrative.length - SHOWN_SENTENCES);
  const checksLeft = Math.max(0, report.checks.length - SHOWN_SENTENCES);
  if (sentencesLeft === 0 && checksLeft === 0) return { report, sentencesLeft, checksLeft };
  return {
    report: {
      ...report,
      narrative: report.narrative.slice(0, SHOWN_SENTENCES),
      checks: report.checks.slice(0, SHOWN_SENTENCES),
    },
    sentencesLeft,
    checksLeft,
  };
}
