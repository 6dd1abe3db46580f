// The script state both script writers share (the scenario compiler and the arbitraries' resolver).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { build, type Command } from '../../domain/index.ts';
import { channelMessageKind, threadReplyKind } from '../../domain/message-kinds.ts';
import { allHistory, pipelineHistory, ScriptCursor } from '../../domain/script-cursor.ts';
import { scenarioArbitrary } from '../../generators/index.ts';
import { parseScenario } from '../../scenarios/index.ts';

const world = build.world({
  clock: 10_000,
  channels: [
    build.channel('mail', 'email'),
    build.channel('chat', 'chatflow'),
    build.channel('form', 'form'),
  ],
  conversations: [
    build.conversation('c1', ['form', 'mail'], 0, { messages: [build.message('m1', 'form', 20_000)] }),
  ],
});

describe('ScriptCursor', () => {
  it('tracks conversations, their current channel and a redelivery that changes nothing', () => {
    const cursor = new ScriptCursor(world);
    expect(cursor.currentChannel('c1')).toBe('mail');
    cursor.changeChannel('c1', 'chat');
    cursor.addConversation({ id: 'a1', channelHistory: ['chat'], startedAt: 0, messages: [] });
    cursor.addConversation({ id: 'c1', channelHistory: ['form'], startedAt: 0, messages: [] });
    expect(cursor.conversationIds).toEqual(['c1', 'a1']);
    expect(cursor.currentChannel('c1')).toBe('chat');
    expect(cursor.knowsConversation('a1')).toBe(true);
    expect(cursor.currentChannel('nobody')).toBe('');
  });

  it('never dates a reply before its thread, by either writer’s rule', () => {
    const cursor = new ScriptCursor(world);
    // The compiler's: now, and a second after the thread's last message.
    expect(cursor.replyTime('c1')).toBe(21_000);
    cursor.advance(60_000);
    expect(cursor.replyTime('c1')).toBe(70_000);
    // The resolver's: a gap after the latest instant (messages, advances, run-until-idle bounds).
    expect(cursor.laterBy(5)).toBe(80_005);
    cursor.runUntilIdle(1_000);
    expect(cursor.clockIsExact).toBe(false);
    expect(cursor.laterBy(0)).toBe(81_005);
    expect(cursor.clock).toBe(70_000);
  });

  it('starts a chatflow’s move from the chatflows list, any other from inbox settings', () => {
    const cursor = new ScriptCursor(world);
    expect(['chat', 'mail', 'ghost'].map((id) => cursor.entryPointFor(id))).toEqual([
      'chatflows-list',
      'inbox-settings',
      'inbox-settings',
    ]);
  });

  it('gives a form’s own messages as submissions and its thread’s replies as email', () => {
    expect([channelMessageKind('form'), threadReplyKind('form')]).toEqual(['form-submission', 'email']);
    expect([channelMessageKind('chatflow'), threadReplyKind('chatflow')]).toEqual(['chat', 'chat']);
  });

  it('chooses history with the pipeline’s statuses, or those given', () => {
    expect(pipelineHistory(['New', 'Open', 'Closed'])).toEqual({
      kind: 'all',
      openStatus: 'New',
      closedStatus: 'Closed',
    });
    expect(allHistory(undefined, 'Closed')).toEqual({ kind: 'all', closedStatus: 'Closed' });
  });
});

/** Each reply's time against the last message of its thread, replayed from the commands alone. */
function repliesInOrder(initial: typeof world, script: readonly Command[]): boolean {
  const last = new Map(initial.conversations.map((c) => [c.id, c.messages.at(-1)?.at ?? c.startedAt]));
  for (const command of script) {
    if (command.type === 'conversation-arrives' && !last.has(command.conversation.id))
      last.set(command.conversation.id, command.conversation.messages.at(-1)?.at ?? 0);
    if (command.type !== 'reply-arrives') continue;
    const before = last.get(command.conversationId);
    if (before !== undefined && command.message.at < before) return false;
    last.set(command.conversationId, command.message.at);
  }
  return true;
}

describe('both script writers follow the cursor', () => {
  it('the arbitraries never write a reply before its thread', () => {
    const samples = fc.sample(scenarioArbitrary({ script: { maxCommands: 40 } }), { seed: 3, numRuns: 200 });
    for (const { world: w, script } of samples) expect(repliesInOrder(w, script)).toBe(true);
  });

  it('the scenario compiler never writes a reply before its thread', () => {
    const scenario = parseScenario(
      `id: replies
title: Replies
targets: [INV-2]
start: 2024-04-01T00:00:00Z
channels: [{ id: mail, kind: email }, { id: form, kind: form }]
conversations: [{ id: c1, channel: form, continuedOverEmail: mail, startedAt: 2024-04-01T00:00:00Z, messages: 5 }]
script:
  - reply-arrives: { conversation: c1 }
  - conversation-arrives: { id: a1, channel: form }
  - change-channel: { conversation: a1, to: mail }
  - reply-arrives: { conversation: a1 }
  - run-until-idle
  - reply-arrives: { conversation: c1 }
`,
      'replies.yaml',
    );
    expect(repliesInOrder(scenario.world, scenario.script)).toBe(true);
    const replies = scenario.script.filter((c) => c.type === 'reply-arrives');
    expect(replies.map((c) => c.message.channelId)).toEqual(['mail', 'mail', 'mail']);
  });
});
