import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../domain/index.ts';
import { loadScenarioFile, loadScenarios, parseScenario } from '../../scenarios/load.ts';

/** A valid scenario; each test breaks one line of it. */
const VALID = `id: sample
title: A sample
targets: [HIST-2]
users:
  - { id: admin, superAdmin: true }
  - { id: alice }
channels:
  - { id: email-1, kind: email }
conversations:
  - id: c1
    channel: email-1
    owner: alice
    status: open
script:
  - start-move: { channel: email-1 }
  - run-until-idle
`;

function errorOf(text: string, file = 'bad.yaml'): InputError {
  try {
    parseScenario(text, file);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError, the scenario loaded');
}

function replaceLine(text: string, from: string, to: string): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}

describe('scenario loader errors', () => {
  it('accepts the valid sample (so each failure below is caused by its one change)', () => {
    expect(parseScenario(VALID, 'ok.yaml').ref.id).toBe('sample');
  });

  // One changed line each: the error's code, and its message to the letter (a string) or by shape.
  it.each<[string, string, string, string, string | RegExp]>([
    [
      'names file, line, path and expectation for a wrong type',
      '    owner: alice',
      '    owner: [alice]',
      'SCENARIO_SCHEMA',
      'bad.yaml: line 12, conversations[0].owner: expected a text, found a list of 1',
    ],
    [
      'names the unknown key and lists the known ones',
      '    status: open',
      '    stauts: open',
      'SCENARIO_UNKNOWN_KEY',
      /^bad\.yaml: line 13, conversations\[0\]\.stauts: expected one of the known keys \(id, channel, channels, .*status.*\), found the unknown key "stauts"$/,
    ],
    [
      'names a missing field where its parent is',
      'title: A sample\n',
      '',
      'SCENARIO_MISSING_FIELD',
      'bad.yaml: line 1, title: expected a text, found nothing (the field is missing)',
    ],
    [
      'reports a YAML duplicate key as invalid YAML',
      '    status: open',
      '    status: open\n    status: closed',
      'YAML_SYNTAX',
      /^bad\.yaml: line 14: expected valid YAML, found .*[Mm]ap keys must be unique/,
    ],
    [
      'rejects an unknown rule ID in targets',
      'targets: [HIST-2]',
      'targets: [HIST-2, HIST-99]',
      'SCENARIO_SCHEMA',
      /^bad\.yaml: line 3, targets\[1\]: expected a rule ID of docs\/RULES\.md .*, found "HIST-99"$/,
    ],
    [
      'rejects a dangling owner reference',
      '    owner: alice',
      '    owner: alicia',
      'SCENARIO_REFERENCE',
      'bad.yaml: line 12, conversations[0].owner: expected the ID of a user (admin, alice), or null, found "alicia"',
    ],
    [
      'rejects a dangling channel reference in the script',
      '{ channel: email-1 }',
      '{ channel: email-9 }',
      'SCENARIO_REFERENCE',
      /^bad\.yaml: line 15, script\[0\]\.start-move\.channel: expected the ID of a channel \(email-1\), found "email-9"$/,
    ],
    [
      'rejects a ticket status outside the pipeline',
      '    status: open',
      '    status: open\n    tickets: [{ status: Pending }]',
      'SCENARIO_REFERENCE',
      /^bad\.yaml: line 14, conversations\[0\]\.tickets\[0\]\.status: expected a status of the help desk pipeline \(New, Waiting on contact, Waiting on us, Closed\), found "Pending"$/,
    ],
    [
      'rejects a duplicate ID',
      '  - { id: alice }',
      '  - { id: alice }\n  - { id: alice, helpDeskAccess: false }',
      'SCENARIO_DUPLICATE_ID',
      'bad.yaml: line 7, users[2].id: expected a user ID used once, found "alice" a second time',
    ],
    [
      'rejects an unknown script command at its line',
      '  - run-until-idle',
      '  - run-until-done',
      'SCENARIO_UNKNOWN_KEY',
      /^bad\.yaml: line 16, script\[1\]: expected a command written .*found the unknown command "run-until-done"$/,
    ],
  ])('%s', (_title, from, to, code, message) => {
    const error = errorOf(replaceLine(VALID, from, to));
    expect(error.code).toBe(code);
    expect(error.message).toEqual(typeof message === 'string' ? message : expect.stringMatching(message));
  });

  it('reports invalid YAML with its line', () => {
    const error = errorOf(replaceLine(VALID, '  - { id: alice }', '  - { id: alice'));
    expect(error.code).toBe('YAML_SYNTAX');
    expect(error.message).toMatch(/^bad\.yaml: line \d+: expected valid YAML, found .+/);
    expect(error.where).toMatch(/^line (6|7)$/);
  });

  it('rejects an unknown rule ID in an expected refusal', () => {
    const text = `${VALID}expect:\n  steps:\n    - { step: 1, refused: ELIG-99 }\n`;
    expect(errorOf(text).message).toMatch(
      /^bad\.yaml: line 19, expect\.steps\[0\]\.refused: expected a rule ID .*found "ELIG-99"$/,
    );
  });

  it('allows a start-move status outside the pipeline: the system must refuse it (HIST-0)', () => {
    const text = replaceLine(
      VALID,
      '{ channel: email-1 }',
      '{ channel: email-1, history: { open: Pending } }',
    );
    const start = parseScenario(text, 'ok.yaml').script[0];
    expect(start).toMatchObject({ type: 'start-move', history: { kind: 'all', openStatus: 'Pending' } });
  });

  it('rejects binary garbage as one clear error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scenario-'));
    const file = join(dir, 'garbage.yaml');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a, 0xff, 0xfe]));
    expect(() => loadScenarioFile(file)).toThrow(InputError);
    expect(() => loadScenarioFile(file)).toThrow(
      `${file}: byte 4: expected a UTF-8 text (YAML) file, found binary data (a NUL byte)`,
    );
  });

  it('rejects a missing file or folder', () => {
    expect(() => loadScenarios(['/nonexistent/scenarios'])).toThrow(
      '/nonexistent/scenarios: expected an existing scenario file or folder, found nothing there',
    );
  });

  it('rejects a document that is not a mapping', () => {
    expect(errorOf('- just\n- a list\n').message).toBe(
      'bad.yaml: line 1, (top level): expected a mapping (key: value), found a list of 2',
    );
  });
});
