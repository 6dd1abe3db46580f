import { expect } from 'vitest';
import { InputError } from '../../domain/index.ts';
import { parseScenario } from '../../scenarios/index.ts';

/**
 * Parses `text` and returns the one InputError it must throw; fails (with the document's start)
 * when it loads, or when anything but an InputError comes out. Asserts the message names the
 * file, a line, and what was expected, on one line.
 */
export function refusalOf(text: string, file: string): InputError {
  let thrown: unknown = null;
  try {
    parseScenario(text, file);
  } catch (error) {
    thrown = error;
  }
  if (thrown === null) throw new Error(`loaded, expected an InputError:\n${text.slice(0, 2000)}`);
  if (!(thrown instanceof InputError)) {
    const what = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : JSON.stringify(thrown);
    throw new Error(`threw ${what.slice(0, 300)}, expected an InputError:\n${text.slice(0, 600)}`);
  }
  expect(thrown.file).toBe(file);
  expect(thrown.where ?? '').toMatch(/^line \d+/);
  expect(thrown.expected.length).toBeGreaterThan(0);
  expect(thrown.message.startsWith(`${file}: line `)).toBe(true);
  expect(thrown.message).toContain(' expected ');
  // One line, and no control character that would reach a terminal raw (found values are quoted).
  // eslint-disable-next-line no-control-regex
  expect(thrown.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
  // Words for a person, not a validator's default message.
  expect(thrown.expected).not.toMatch(/^(Too big|Too small|Invalid input)/);
  // A message is read by a person: a huge value found in the file is cut short.
  expect(thrown.message.length).toBeLessThan(2_000);
  return thrown;
}
