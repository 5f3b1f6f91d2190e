/**
 * Renders the add-in icons (16, 32, 64, 80 px) from assets/icons/icon.svg with resvg, at build time
 * (`npm run icons`, run by `npm run build`). The PNGs are not committed: the SVG is the source.
 */
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ICON_SIZES = [16, 32, 64, 80] as const;

const outDir = process.argv[2] ?? 'dist/assets';
const svg = readFileSync('assets/icons/icon.svg', 'utf8');
mkdirSync(outDir, { recursive: true });
for (const size of ICON_SIZES) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(join(outDir, `icon-${size}.png`), png);
}
console.log(`icons: ${ICON_SIZES.join(', ')} px → ${outDir}`);
