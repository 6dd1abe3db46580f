/**
 * The transport of the system protocol: one JSON value per line (UTF-8, `\n`). Both ends use this
 * codec: the harness's client (exec:) and `serve-system --stdio`.
 */

/** One message as a line. JSON.stringify never emits a raw newline, so a message is one line. */
export function encodeLine(message: unknown): string {
  return `${JSON.stringify(message)}\n`;
}

/** A line parsed as JSON, or why it is not JSON (with the start of the line, for the message). */
export type Decoded =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: string };

const SHOWN = 120;

/** What a line looked like, for an error message: its start, quoted. */
export function excerpt(line: string): string {
  return JSON.stringify(line.length > SHOWN ? `${line.slice(0, SHOWN)}…` : line);
}

export function decodeLine(line: string): Decoded {
  try {
    return { ok: true, value: JSON.parse(line) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `not JSON (${reason}): ${excerpt(line)}` };
  }
}

/**
 * Splits a stream of text chunks into lines. Chunks may end in the middle of a line (pipes deliver
 * whatever is buffered), so the unfinished tail waits for the next chunk. Blank lines are skipped;
 * a trailing `\r` is dropped so that a system writing CRLF still speaks the protocol.
 *
 * The pieces of an unfinished line are kept apart and joined once, when its newline comes: a world
 * answer is one line of many megabytes arriving in 64 KB chunks, and gluing each chunk onto the
 * pending text and splitting it again re-read the whole line per chunk (a 40 MB line took 7.4 s, past
 * the step timeout, blamed on the system; now linear).
 */
export class LineSplitter {
  private pieces: string[] = [];

  push(chunk: string): string[] {
    const lines: string[] = [];
    let start = 0;
    for (let newline = chunk.indexOf('\n'); newline !== -1; newline = chunk.indexOf('\n', start)) {
      this.pieces.push(chunk.slice(start, newline));
      const line = this.pieces.length === 1 ? (this.pieces[0] as string) : this.pieces.join('');
      this.pieces = [];
      const bare = line.endsWith('\r') ? line.slice(0, -1) : line;
      if (bare !== '') lines.push(bare);
      start = newline + 1;
    }
    if (start < chunk.length) this.pieces.push(start === 0 ? chunk : chunk.slice(start));
    return lines;
  }

  /** What is left when the stream ends: a last line without its newline, if any. */
  end(): string[] {
    const rest = this.pieces.join('');
    this.pieces = [];
    return rest.trim() === '' ? [] : [rest];
  }
}
