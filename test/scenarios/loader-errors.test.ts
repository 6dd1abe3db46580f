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

  it('names file, line, path and expectation for a wrong type', () => {
    const error = errorOf(replaceLine(VALID, '    owner: alice', '    owner: [alice]'));
    expect(error.code).toBe('SCENARIO_SCHEMA');
    expect(error.message).toBe(
      'bad.yaml: line 12, conversations[0].owner: expected a text, found a list of 1',
    );
  });

  it('names the unknown key and lists the known ones', () => {
    const error = errorOf(replaceLine(VALID, '    status: open', '    stauts: open'));
    expect(error.code).toBe('SCENARIO_UNKNOWN_KEY');
    expect(error.message).toMatch(
      /^bad\.yaml: line 13, conversations\[0\]\.stauts: expected one of the known keys \(id, channel, channels, .*status.*\), found the unknown key "stauts"$/,
    );
  });

  it('names a missing field where its parent is', () => {
    const error = errorOf(replaceLine(VALID, 'title: A sample\n', ''));
    expect(error.code).toBe('SCENARIO_MISSING_FIELD');
    expect(error.message).toBe(
      'bad.yaml: line 1, title: expected a text, found nothing (the field is missing)',
    );
  });

  it('reports invalid YAML with its line', () => {
    const error = errorOf(replaceLine(VALID, '  - { id: alice }', '  - { id: alice'));
    expect(error.code).toBe('YAML_SYNTAX');
    expect(error.message).toMatch(/^bad\.yaml: line \d+: expected valid YAML, found .+/);
    expect(error.where).toMatch(/^line (6|7)$/);
  });

  it('reports a YAML duplicate key as invalid YAML', () => {
    const error = errorOf(replaceLine(VALID, '    status: open', '    status: open\n    status: closed'));
    expect(error.code).toBe('YAML_SYNTAX');
    expect(error.message).toMatch(
      /^bad\.yaml: line 14: expected valid YAML, found .*[Mm]ap keys must be unique/,
    );
  });

  it('rejects an unknown rule ID in targets', () => {
    const error = errorOf(replaceLine(VALID, 'targets: [HIST-2]', 'targets: [HIST-2, HIST-99]'));
    expect(error.code).toBe('SCENARIO_SCHEMA');
    expect(error.message).toMatch(
      /^bad\.yaml: line 3, targets\[1\]: expected a rule ID of docs\/RULES\.md .*, found "HIST-99"$/,
    );
  });

  it('rejects an unknown rule ID in an expected refusal', () => {
    const text = `${VALID}expect:\n  steps:\n    - { step: 1, refused: ELIG-99 }\n`;
    expect(errorOf(text).message).toMatch(
      /^bad\.yaml: line 19, expect\.steps\[0\]\.refused: expected a rule ID .*found "ELIG-99"$/,
    );
  });

  it('rejects a dangling owner reference', () => {
    const error = errorOf(replaceLine(VALID, '    owner: alice', '    owner: alicia'));
    expect(error.code).toBe('SCENARIO_REFERENCE');
    expect(error.message).toBe(
      'bad.yaml: line 12, conversations[0].owner: expected the ID of a user of this scenario (admin, alice), found "alicia"',
    );
  });

  it('rejects a dangling channel reference in the script', () => {
    const error = errorOf(replaceLine(VALID, '{ channel: email-1 }', '{ channel: email-9 }'));
    expect(error.code).toBe('SCENARIO_REFERENCE');
    expect(error.message).toMatch(
      /^bad\.yaml: line 15, script\[0\]\.start-move\.channel: expected the ID of a channel \(email-1\), found "email-9"$/,
    );
  });

  it('rejects a ticket status outside the pipeline', () => {
    const error = errorOf(
      replaceLine(VALID, '    status: open', '    status: open\n    tickets: [{ status: Pending }]'),
    );
    expect(error.message).toMatch(
      /^bad\.yaml: line 14, conversations\[0\]\.tickets\[0\]\.status: expected a status of the help desk pipeline \(New, Waiting on contact, Waiting on us, Closed\), found "Pending"$/,
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

  it('rejects a duplicate ID', () => {
    const error = errorOf(
      replaceLine(VALID, '  - { id: alice }', '  - { id: alice }\n  - { id: alice, helpDeskAccess: false }'),
    );
    expect(error.code).toBe('SCENARIO_DUPLICATE_ID');
    expect(error.message).toBe(
      'bad.yaml: line 7, users[2].id: expected a user ID used once, found "alice" a second time',
    );
  });

  it('rejects an unknown script command at its line', () => {
    const error = errorOf(replaceLine(VALID, '  - run-until-idle', '  - run-until-done'));
    expect(error.code).toBe('SCENARIO_UNKNOWN_KEY');
    expect(error.message).toMatch(
      /^bad\.yaml: line 16, script\[1\]: expected a command written .*found the unknown command "run-until-done"$/,
    );
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
