// The one-file page, dist/chitieu.html: the web page (dist/web) as one self-contained file that
// works opened from disk (file://) and offline, for offices whose Excel cannot run the add-in.
//
// Made from the bundles the web build has just written, not by a second bundler:
// - the page's scripts (its entry and every chunk it may load) are inline <script> elements, the
//   chunks before the entry, so webpack's runtime finds them installed and fetches nothing;
// - the worker's scripts (its entry and its chunks, the same way) are one text in a non-script
//   <script type="text/plain" id="chitieu-worker">, which the page starts from a Blob URL
//   (src/web/reportWorker.ts): a page opened from disk may not start a worker from a file URL;
// - styles are Griffel's, written at run time, and the page uses the system's fonts: no file to inline.
//
// Inline, `<script`, `</script` and `<!--` are written `\x3C…`: the bundles hold them in string
// literals only, where the escape reads the same. The page's policy allows exactly its own scripts
// (their sha-256), a worker from a blob, and nothing from anywhere.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
// TypeScript, through the tsx loader webpack.config.js registers (vitest reads it as it is).
import { WORKER_SOURCE_ID } from '../src/web/reportWorker.ts';

const escapeInline = (js) => js.replace(/<(\/?script|!--)/gi, '\\x3C$1');

/** The chunks of `group` and of the groups it loads on demand, stopping at another entry (the worker). */
function chunksOf(group, entries) {
  const seen = new Set();
  const chunks = new Set();
  const visit = (g) => {
    if (seen.has(g)) return;
    seen.add(g);
    for (const c of g.chunks) chunks.add(c);
    for (const child of g.getChildren()) if (!entries.has(child)) visit(child);
  };
  visit(group);
  // Chunks first, the chunk with webpack's runtime (the entry) last.
  return [...chunks].sort((a, b) => Number(a.hasRuntime()) - Number(b.hasRuntime()));
}

function scriptOf(compilation, chunks) {
  return chunks
    .flatMap((c) => [...c.files].filter((f) => f.endsWith('.js')))
    .map((f) => escapeInline(compilation.getAsset(f).source.source().toString()))
    .join('\n');
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The page's policy: its inline scripts by hash, the worker from a blob, Griffel's styles, nothing else. */
function policyFor(scripts) {
  return [
    "default-src 'none'",
    `script-src ${scripts.map(sha256).join(' ')}`,
    'worker-src blob:',
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * The page from the built index.html: its policy replaced, its script tags dropped, the worker's
 * source then the page's scripts added to the body. The worker's element comes first and carries a
 * `src` it never loads (a text/plain script is not fetched): webpack's runtime finds its own address
 * from the first script element that has one, and throws when none has.
 */
export function onePage(indexHtml, pageScript, workerScript) {
  const page = indexHtml
    .replace(/<script\b[^>]*\bsrc=[^>]*><\/script>/g, '')
    .replace(/(http-equiv="?Content-Security-Policy"?\s+content=")[^"]*"/, `$1${policyFor([pageScript])}"`);
  if (page.includes('<script')) throw new Error('index.html: unexpected script element');
  const scripts =
    `<script type="text/plain" id="${WORKER_SOURCE_ID}" src="./">${workerScript}</script>\n` +
    `<script>${pageScript}</script>\n`;
  // A function, not a replacement string: the bundles hold `$&`, `$'`… that a string would expand.
  return page.replace('</body>', () => `${scripts}</body>`);
}

/** Writes dist/chitieu.html from the web page's final bundles, as they are emitted. */
export class OneFilePagePlugin {
  constructor(file) {
    this.file = file;
  }

  apply(compiler) {
    compiler.hooks.emit.tap('OneFilePagePlugin', (compilation) => {
      const page = compilation.namedChunkGroups.get('web');
      const worker = compilation.namedChunkGroups.get('worker');
      if (!page || !worker) throw new Error('one-file page: the web or worker entry is missing');
      const entries = new Set([page, worker]);
      const html = onePage(
        compilation.getAsset('index.html').source.source().toString(),
        scriptOf(compilation, chunksOf(page, entries)),
        scriptOf(compilation, chunksOf(worker, entries)),
      );
      writeFileSync(resolve(this.file), html);
    });
  }
}
