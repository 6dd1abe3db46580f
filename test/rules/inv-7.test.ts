import { describe, expect, it } from 'vitest';
import type { World } from '../../domain/index.ts';
import { DEFAULT_POLICIES } from '../../domain/index.ts';
import { check } from './support/check.ts';
import { world } from '../support/fixtures.ts';
import { startMove } from '../support/commands.ts';
import { patchConversation } from './support/mutate.ts';

import { busy, corrupt, only, play } from './_inv-7-setup.ts';

/*
 * INV-7, the frame: the reference passes on representative traces, and each kind of unlicensed
 * change is caught naming the entity, the field, the value before and after, and the step.
 */

describe('INV-7 the reference passes', () => {
  it.each([
    ['history all, replies, channel change, arrival, access and notifications', () => play(busy('all'))],
    ['history none', () => play(busy('none'))],
    ['history none, OPEN-2 moves', () => play(busy('none'), { 'OPEN-2': 'moves' })],
    ['OPEN-1 unassign (t3 loses an owner without access)', () => play(busy('all'), { 'OPEN-1': 'unassign' })],
    ['OPEN-3 at-move-start', () => play(busy('all'), { 'OPEN-3': 'at-move-start' })],
    ['OPEN-5 most-recent-moves', () => play(busy('all'), { 'OPEN-5': 'most-recent-moves' })],
    ['a refused second move', () => play([startMove(), startMove('form-1'), { type: 'run-until-idle' }])],
  ])('%s', (_, trace) => {
    const verdict = check('INV-7', trace());
    expect(verdict).toMatchObject({ status: 'pass' });
    expect(verdict.status === 'pass' && verdict.evidence).toMatch(/5 conversations|6 conversations/);
  });

  it('really licenses an owner cleared under OPEN-1 unassign', () => {
    const trace = play([startMove(), { type: 'run-until-idle' }], { 'OPEN-1': 'unassign' });
    expect(trace.after.tickets.find((t) => t.id === 't3')?.ownerId).toBeNull();
    expect(check('INV-7', trace).status).toBe('pass');
    // The same change under keep-owner is not licensed.
    const kept = { ...trace, options: { ...trace.options, policies: DEFAULT_POLICIES } };
    expect(only(kept)).toMatchObject({ subjects: { tickets: ['t3'] } });
  });

  it('licenses status and owner changes by close, reopen and reassign commands, and only those', () => {
    const trace = play([
      startMove(),
      { type: 'close-conversation', conversationId: 'c1' },
      { type: 'reassign-conversation', conversationId: 'c1', ownerId: 'temp' },
      { type: 'reopen-conversation', conversationId: 'c2' },
      { type: 'run-until-idle' },
      { type: 'reassign-conversation', conversationId: 'c2', ownerId: null },
    ]);
    const c1 = trace.after.conversations.find((c) => c.id === 'c1');
    expect([c1?.status, c1?.ownerId]).toEqual(['closed', 'temp']);
    expect(check('INV-7', trace).status).toBe('pass');
    const other = corrupt(trace, 5, (w) => patchConversation(w, 'c1', { ownerId: 'admin' }));
    expect(only(other)).toMatchObject({
      expected: 'conversation c1 ownerId: "agent" before; as the lifecycle commands left it ("temp")',
      actual: 'conversation c1 ownerId: "admin" after',
      subjects: { conversations: ['c1'], step: 5 },
    });
  });

  it('is not exercised on an empty world', () => {
    const empty: World = { ...world(), users: [], channels: [] };
    expect(check('INV-7', play([{ type: 'advance', ms: 10 }], {}, empty)).status).toBe('not-exercised');
  });
});
