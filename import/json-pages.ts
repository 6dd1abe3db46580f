import { createReadStream } from 'node:fs';
import { InputError } from '../domain/index.ts';

/** One top-level JSON value of an export file: an API response page. */
export interface JsonPage {
  /** 0-based position of the page in its file. */
  readonly index: number;
  readonly value: unknown;
}

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * The pages of one export file, one at a time: a file holds one API response, or several
 * concatenated (`{...}{...}` or one per line), as a script that follows `paging.next.after`
 * appends them. The file is read in chunks and only the page being read is held in memory, so a
 * file of any size is read in bounded memory without a streaming-parser dependency: the scanner
 * only tracks nesting and strings to find where a page ends, and `JSON.parse` does the rest.
 */
export async function* readJsonPages(path: string, shownName: string): AsyncGenerator<JsonPage> {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let pieces: string[] = [];
  let index = 0;
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  for await (const chunk of stream as AsyncIterable<string>) {
    let start = 0;
    for (let i = 0; i < chunk.length; i += 1) {
      const c = chunk.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === BACKSLASH) escaped = true;
        else if (c === QUOTE) inString = false;
        continue;
      }
      if (c === QUOTE) {
        if (depth === 0) throw notAPage(shownName, index, 'a string');
        inString = true;
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (depth === 0) start = i;
        depth += 1;
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        depth -= 1;
        if (depth < 0) throw notAPage(shownName, index, `a stray '${String.fromCharCode(c)}'`);
        if (depth === 0) {
          pieces.push(chunk.slice(start, i + 1));
          yield { index, value: parsePage(pieces.join(''), shownName, index) };
          pieces = [];
          index += 1;
        }
      } else if (depth === 0 && c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09 && c !== 0xfeff) {
        throw notAPage(shownName, index, `'${chunk.slice(i, i + 20)}'`);
      }
    }
    if (depth > 0) pieces.push(chunk.slice(start));
  }
  if (depth > 0 || inString) {
    throw new InputError(
      'EXPORT_JSON',
      shownName,
      `$[page ${index + 1}]`,
      'a complete JSON value',
      'the file ends inside it',
    );
  }
  if (index === 0) {
    throw new InputError(
      'EXPORT_JSON',
      shownName,
      null,
      'at least one API response (a JSON object)',
      'an empty file',
    );
  }
}

function parsePage(text: string, file: string, index: number): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError('EXPORT_JSON', file, `$[page ${index + 1}]`, 'valid JSON', reason);
  }
}

function notAPage(file: string, index: number, found: string): InputError {
  return new InputError(
    'EXPORT_JSON',
    file,
    `$[page ${index + 1}]`,
    'an API response (a JSON object)',
    found,
  );
}
