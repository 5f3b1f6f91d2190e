/**
 * How both commands end when they do not succeed: a refusal the user caused is exactly one line
 * on stderr and exit code 2; anything else is a bug, one line and exit code 1 (its stack too with
 * `CHITIEU_DEBUG=1`).
 */

/** Exactly one line on stderr, exit code 2. */
export function refuse(message: string): number {
  process.stderr.write(`${oneLine(message)}\n`);
  return 2;
}

/** An error no refusal explains: one line on stderr, exit code 1. */
export function unexpected(err: unknown): number {
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`Lỗi không mong đợi: ${oneLine(message)}\n`);
  if (process.env.CHITIEU_DEBUG === '1' && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
  return 1;
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
