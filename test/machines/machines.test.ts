import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import {
  channelMachine,
  conversationMachine,
  createReferenceSystemWith,
  DEFAULT_TIMING,
  machineDiagrams,
  moveMachine,
  workspaceMachine,
} from '../../machines/index.ts';

describe('reference machines', () => {
  it('the channel machine is one-way: inInbox → moving → inHelpDesk (final)', () => {
    const actor = createActor(channelMachine, { input: { channelId: 'email' } }).start();
    actor.send({ type: 'START_MOVE', history: 'all' });
    expect(actor.getSnapshot().value).toBe('moving');
    expect(actor.getSnapshot().can({ type: 'START_MOVE', history: 'all' })).toBe(false);
    actor.send({ type: 'MOVE_COMPLETED' });
    expect(actor.getSnapshot().value).toBe('inHelpDesk');
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('the conversation machine allows one ticket creation only (INV-3)', () => {
    const actor = createActor(conversationMachine).start();
    actor.send({ type: 'MOVE_TO_HELP_DESK' });
    actor.send({ type: 'TICKET_CREATED' });
    expect(actor.getSnapshot().value).toEqual({ status: 'open', location: 'helpDesk', ticket: 'associated' });
    expect(actor.getSnapshot().can({ type: 'TICKET_CREATED' })).toBe(false);
  });

  it('the move machine has no cancel, stalls on a crash and completes only when drained', () => {
    const actor = createActor(moveMachine, {
      input: { channelId: 'e', history: 'all', refusal: null, pending: 2 },
    }).start();
    expect(actor.getSnapshot().value).toEqual({ running: 'active' });
    actor.send({ type: 'QUEUE_DRAINED' });
    expect(actor.getSnapshot().value).toEqual({ running: 'active' });
    actor.send({ type: 'WORKER_CRASHED' });
    expect(actor.getSnapshot().value).toEqual({ running: 'stalled' });
    actor.send({ type: 'WORKER_RESTARTED' });
    actor.send({ type: 'BATCH_PROCESSED', processed: 2, messages: 5, pending: 0 });
    actor.send({ type: 'QUEUE_DRAINED' });
    expect(actor.getSnapshot().value).toBe('completed');
    expect(actor.getSnapshot().context).toMatchObject({ processed: 2, messagesMoved: 5 });
  });

  it('the move machine ends in refused when validation found a refusal', () => {
    const refusal = { ruleId: 'ELIG-3' as const, reason: 'not a Super Admin' };
    const actor = createActor(moveMachine, {
      input: { channelId: 'e', history: 'none', refusal, pending: 0 },
    }).start();
    expect(actor.getSnapshot().value).toBe('refused');
  });

  it.each([
    ['resume', 'on'],
    ['off-until-complete', 'held'],
  ] as const)('the workspace machine under OPEN-6 %s', (policy, during) => {
    const actor = createActor(workspaceMachine, { input: { notificationsPolicy: policy } }).start();
    actor.send({ type: 'NOTIFICATIONS_OFF' });
    actor.send({ type: 'MOVE_STARTED', channelId: 'email' });
    expect(actor.getSnapshot().can({ type: 'MOVE_STARTED', channelId: 'form' })).toBe(false);
    actor.send({ type: 'NOTIFICATIONS_ON' });
    expect(actor.getSnapshot().value).toEqual({ moves: 'moving', banner: 'shown', notifications: during });
    actor.send({ type: 'MOVE_COMPLETED' });
    expect(actor.getSnapshot().value).toEqual({ moves: 'idle', banner: 'hidden', notifications: 'on' });
  });

  it('machineDiagrams() is read from the four machine definitions', () => {
    const diagrams = machineDiagrams();
    expect(diagrams.map((d) => d.machineId)).toEqual(['channel', 'conversation', 'move', 'workspace']);
    const channel = diagrams[0];
    expect(channel?.initial).toBe('inInbox');
    expect(channel?.states).toContainEqual({ id: 'inHelpDesk', final: true, type: 'final' });
    // Parallel machines and compound states carry what the report needs to nest them.
    expect(diagrams[1]?.rootType).toBe('parallel');
    expect(diagrams[2]?.states).toContainEqual({
      id: 'running',
      final: false,
      type: 'compound',
      initial: 'running.active',
    });
    expect(channel?.transitions).toContainEqual({ from: 'inInbox', to: 'moving', event: 'START_MOVE' });
    const move = diagrams[2];
    expect(move?.transitions.some((t) => t.event.toLowerCase().includes('cancel'))).toBe(false);
    expect(move?.transitions).toContainEqual({
      from: 'running.stalled',
      to: 'running.active',
      event: 'WORKER_RESTARTED',
    });
    for (const diagram of diagrams) {
      const ids = new Set(diagram.states.map((s) => s.id));
      expect(ids.has(diagram.initial)).toBe(true);
      for (const t of diagram.transitions) expect(ids.has(t.from) && ids.has(t.to)).toBe(true);
    }
  });

  it('createReferenceSystemWith rejects an unusable timing, naming the field', () => {
    expect(() => createReferenceSystemWith({ ...DEFAULT_TIMING, batchSize: 0 })).toThrow(/timing\.batchSize/);
    expect(() => createReferenceSystemWith({ ...DEFAULT_TIMING, msToComplete: 0 })).toThrow(
      /timing\.msToComplete/,
    );
  });
});
