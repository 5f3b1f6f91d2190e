/**
 * The achievement chart (`chartOf`) as an accessible SVG string and its table alternative, for every
 * host (the page shows it, a document can embed it): strings only, no DOM, so it sits in the core.
 *
 * - Horizontal bars, one per indicator in the tables' order, the name at the left (shortened past 45
 *   characters, the whole name in the bar's own `<title>`), the % at the bar's end;
 * - the scale from 0 to the largest value rounded up to 50 (at least 150, at most 300: a bar beyond is
 *   cut at the edge with `›` and its full % written), a dashed line at 100% and one at the time elapsed;
 * - colours: the darker shade of the sheet's status colours (text on white keeps WCAG's 3:1 for
 *   graphics), and each bar says its status in words, so colour is never the only sign;
 * - `role="img"` with `aria-labelledby` pointing at its `<title>` and `<desc>` (the counts by status);
 *   `chartTable` gives the same figures as an HTML table for a screen reader or a copy.
 */
import { maxOf } from '../arrays';
import type { ChartDefinition } from './chart';
import { TONES } from './look';

const WIDTH = 760;
const NAME_WIDTH = 300;
const VALUE_ROOM = 70;
const TOP = 48;
const ROW = 26;
const BAR = 16;
const BOTTOM = 64;
const NAME_CHARS = 45;
const FONT = "'Times New Roman', Times, serif";

/** Text and attribute values of the markup, escaped. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}

const shortName = (name: string) => (name.length > NAME_CHARS ? `${name.slice(0, NAME_CHARS - 1).trimEnd()}…` : name);

/** The scale's end: the largest value or line rounded up to 50, between 150 and 300. */
export function scaleEnd(def: ChartDefinition): number {
  const top = maxOf(
    def.bars.map((b) => b.value),
    maxOf(
      def.lines.map((l) => l.value),
      0,
    ),
  );
  return Math.min(300, Math.max(150, Math.ceil(top / 50) * 50));
}

/** `06 chỉ tiêu: 4 Vượt, 1 Chưa đạt, 1 Đang thực hiện.` — what the bars show, in words. */
function description(def: ChartDefinition): string {
  const counts = new Map<string, number>();
  for (const b of def.bars) counts.set(b.status, (counts.get(b.status) ?? 0) + 1);
  const parts = [...counts].map(([status, n]) => `${n} ${status.toLocaleLowerCase('vi')}`);
  const lines = def.lines.map((l) => l.label).join(', ');
  const out = `${def.bars.length} chỉ tiêu có tỷ lệ thực hiện: ${parts.join(', ')}. Đường tham chiếu: ${lines}.`;
  return def.leftOut > 0 ? `${out} ${def.leftOut} chỉ tiêu không có tỷ lệ (không vẽ).` : out;
}

/** The chart as an SVG document; `id` prefixes its element ids (several charts on one page). */
export function chartSvg(def: ChartDefinition, id = 'chitieu-chart'): string {
  const end = scaleEnd(def);
  const plot = WIDTH - NAME_WIDTH - VALUE_ROOM;
  const x = (v: number) => NAME_WIDTH + (Math.min(v, end) / end) * plot;
  const height = TOP + def.bars.length * ROW + BOTTOM;
  const bottom = TOP + def.bars.length * ROW;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-title ${id}-desc" ` +
      `width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${FONT}" font-size="13">`,
    `<title id="${id}-title">${escapeXml(def.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(description(def))}</desc>`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<text x="${WIDTH / 2}" y="22" text-anchor="middle" font-weight="bold" font-size="15">${escapeXml(def.title)}</text>`,
  ];
  const step = end <= 150 ? 25 : 50;
  for (let v = 0; v <= end; v += step)
    out.push(
      `<line class="tick" x1="${x(v)}" y1="${TOP - 4}" x2="${x(v)}" y2="${bottom}" stroke="#d9d9d9" stroke-width="1"/>`,
      `<text x="${x(v)}" y="${bottom + 16}" text-anchor="middle" fill="#404040">${v}</text>`,
    );
  // The reference lines first: the bars' figures are written over them.
  def.lines.forEach((l, i) => {
    const colour = i === 0 ? '#000000' : '#9c5700';
    out.push(
      `<g class="reference" data-value="${l.value}">`,
      `<line x1="${x(l.value)}" y1="${TOP - 6}" x2="${x(l.value)}" y2="${bottom}" stroke="${colour}" stroke-width="1.5" stroke-dasharray="6 3"/>`,
      `<text x="${x(l.value)}" y="${bottom + 34 + i * 16}" text-anchor="middle" fill="${colour}">${escapeXml(l.label)}</text>`,
      `</g>`,
    );
  });
  def.bars.forEach((b, i) => {
    const y = TOP + i * ROW + (ROW - BAR) / 2;
    const colour = `#${TONES[b.tone].font}`;
    const cut = b.value > end ? '›' : '';
    const words = `${b.name}: ${b.label}% — ${b.status}`;
    out.push(
      `<g class="bar" data-value="${b.value}" data-tone="${b.tone}">`,
      `<title>${escapeXml(words)}</title>`,
      `<text x="${NAME_WIDTH - 8}" y="${y + BAR - 3}" text-anchor="end">${escapeXml(shortName(b.name))}</text>`,
      `<rect x="${NAME_WIDTH}" y="${y}" width="${(x(b.value) - NAME_WIDTH).toFixed(2)}" height="${BAR}" fill="${colour}"/>`,
      `<text x="${(x(b.value) + 4).toFixed(2)}" y="${y + BAR - 3}" fill="${colour}">${escapeXml(`${b.label}%${cut}`)}</text>`,
      `</g>`,
    );
  });
  out.push('</svg>');
  return out.join('\n');
}

/** The chart's figures as an HTML table: indicator, %, status; the reference lines in its caption. */
export function chartTable(def: ChartDefinition): string {
  const rows = def.bars.map(
    (b) =>
      `<tr><th scope="row">${escapeXml(b.name)}</th><td>${escapeXml(b.label)}</td><td>${escapeXml(b.status)}</td></tr>`,
  );
  const caption = `${def.title} — ${def.lines.map((l) => l.label).join(', ')}`;
  return [
    '<table>',
    `<caption>${escapeXml(caption)}</caption>`,
    '<thead><tr><th scope="col">Chỉ tiêu</th><th scope="col">Tỷ lệ (%)</th><th scope="col">Đánh giá</th></tr></thead>',
    `<tbody>${rows.join('')}</tbody>`,
    '</table>',
  ].join('\n');
}
