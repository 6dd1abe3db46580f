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
 */
export class LineSplitter {
  private pending = '';

  push(chunk: string): string[] {
    const text = this.pending + chunk;
    const lines = text.split('\n');
    this.pending = lines.pop() ?? '';
    return lines
      .map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line))
      .filter((line) => line !== '');
  }

  /** What is left when the stream ends: a last line without its newline, if any. */
  end(): string[] {
    const rest = this.pending;
    this.pending = '';
    return rest.trim() === '' ? [] : [rest];
  }
}
