import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from 'commander';
import { formatDuration } from '../../cli/move-counts.ts';
import { namesFrom, parsePolicy, parseRuleIds, parseShare } from '../../cli/option-parsers.ts';
import { commandLine } from '../../cli/run-record.ts';
import { renderTable } from '../../cli/text-table.ts';

describe('CLI parts', () => {
  it('accumulates repeated --policy values, the last one winning', () => {
    const once = parsePolicy('OPEN-1=unassign', undefined);
    expect(parsePolicy('OPEN-6=off-until-complete', once)).toEqual({
      'OPEN-1': 'unassign',
      'OPEN-6': 'off-until-complete',
    });
    expect(parsePolicy('OPEN-1=keep-owner', once)).toEqual({ 'OPEN-1': 'keep-owner' });
    expect(() => parsePolicy('OPEN-1', undefined)).toThrow(InvalidArgumentError);
  });

  it('reads rule IDs and names, comma-separated or repeated', () => {
    expect(parseRuleIds('MOVE-7, HIST-2a', ['ELIG-1'])).toEqual(['ELIG-1', 'MOVE-7', 'HIST-2a']);
    const reporters = namesFrom(() => ['console', 'json']);
    expect(reporters('json', reporters('console', undefined))).toEqual(['console', 'json']);
    expect(() => reporters('pdf', undefined)).toThrow('Expected one of: console, json.');
  });

  it('reads shares in [0, 1] only', () => {
    expect(parseShare('0.25')).toBe(0.25);
    for (const bad of ['', '-0.1', '2', 'half']) expect(() => parseShare(bad)).toThrow(InvalidArgumentError);
  });

  it('records a command line that a shell replays as it was', () => {
    expect(commandLine(['run', 'a b.yaml', "it's", '--seed', '3'])).toBe(
      `inbox-move-sim run 'a b.yaml' 'it'\\''s' --seed 3`,
    );
  });

  it('leaves out of the recorded command the options that cannot change a result', () => {
    expect(
      commandLine([
        'explore',
        '--workers',
        '2',
        '--seed',
        '5',
        '--reporter',
        'json',
        'html',
        '--out=o',
        '--runs',
        '9',
      ]),
    ).toBe('inbox-move-sim explore --seed 5 --runs 9');
    expect(commandLine(['run', 'a.yaml', '--out', 'x', '--reporter=json'])).toBe('inbox-move-sim run a.yaml');
  });

  it('pads a table to its widest cells', () => {
    expect(renderTable(['a', 'bb'], [['ccc', 'd']])).toBe('a    bb\n---  --\nccc  d');
  });

  it('formats simulated durations with their two largest units', () => {
    expect(formatDuration(null)).toBe('not completed');
    expect(formatDuration(850)).toBe('850 ms');
    expect(formatDuration(90_061_000)).toBe('1 d 1 h');
    expect(formatDuration(61_000)).toBe('1 min 1 s');
  });
});
