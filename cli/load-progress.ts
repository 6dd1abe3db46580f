import { relative } from 'node:path';
import type { LoadStage, OnStage } from '../scenarios/index.ts';
import type { CliIO } from './io.ts';

/** On a terminal, files from this size get a progress line while they load and compile. */
export const SHOWN_ON_TTY_BYTES = 1_000_000;
/** Files from this size get one (on stderr) even in a pipe: a long silence looks like a hang. */
export const SHOWN_ALWAYS_BYTES = 10_000_000;

const WORDS: Readonly<Record<LoadStage, string>> = {
  read: 'reading',
  parse: 'parsing YAML',
  validate: 'validating',
  compile: 'compiling the world and script',
  done: 'loaded',
};

const megabytes = (bytes: number): string => `${(bytes / 1_000_000).toFixed(1)} MB`;

/**
 * Progress on stderr while a big scenario file loads (a 50 MB file takes a minute): one line per
 * stage with the elapsed time. Only stderr, so stdout (the report) and golden outputs never hold it;
 * small files show nothing.
 */
export function loadProgress(io: CliIO): OnStage {
  const threshold = io.isTTY.stderr ? SHOWN_ON_TTY_BYTES : SHOWN_ALWAYS_BYTES;
  let started = 0;
  let size = 0;
  return (file, stage, bytes) => {
    if (stage === 'read') {
      started = io.now().getTime();
      size = bytes;
    }
    if (size < threshold) return;
    const seconds = ((io.now().getTime() - started) / 1000).toFixed(1);
    const name = relative(io.cwd, file) || file;
    const text = `loading ${name} (${megabytes(size)}): ${WORDS[stage]} · ${seconds} s`;
    if (io.isTTY.stderr) io.stderr(stage === 'done' ? `\r\u001b[2K${text}\n` : `\r\u001b[2K${text}`);
    else io.stderr(`${text}\n`);
  };
}
