import { describe, expect, it } from 'vitest';
import { conversation, T0, ticket, world } from '../support/fixtures.ts';
import { arrives, startMove } from '../support/commands.ts';
import { eventsOf, play, system } from './play-reference.ts';

const conversations = Array.from({ length: 1500 }, (_, i) =>
  conversation(`c${i}`, 'email-1', { messageCount: 3 }),
);

describe('reference system: the worker crashes and restarts', () => {
  it('INV-3: a crash mid-move stalls it; after the restart no conversation gets two tickets', () => {
    const s = system(world({ conversations, tickets: [ticket('t-c7', 'c7')] }));
    play(s, startMove('email-1'), { type: 'advance', ms: 20_000 });
    const before = s.observe().move?.processed ?? 0;
    expect(before).toBeGreaterThan(0);
    play(s, { type: 'worker-crash' });
    expect(s.observe().move?.status).toBe('stalled');
    play(s, { type: 'advance', ms: 3_600_000 }, { type: 'run-until-idle' });
    expect(s.observe().move).toMatchObject({ status: 'stalled', processed: before });
    play(s, { type: 'worker-restart' });
    expect(s.observe().move?.status).toBe('running');
    play(s, { type: 'run-until-idle' });
    const perConversation = new Map<string, number>();
    for (const t of s.world().tickets)
      perConversation.set(t.conversationId, (perConversation.get(t.conversationId) ?? 0) + 1);
    expect(perConversation.size).toBe(1500);
    expect([...perConversation.values()].every((n) => n === 1)).toBe(true);
    expect(eventsOf(s, 'conversation-moved')).toHaveLength(1500);
    expect(s.world().conversations.every((c) => c.location === 'help-desk')).toBe(true);
  });

  it('traffic is still accepted while the worker is down, and moved after the restart', () => {
    const s = system(world({ conversations: conversations.slice(0, 10) }));
    play(s, startMove('email-1'), { type: 'worker-crash' });
    play(s, arrives(conversation('late', 'email-1', { startedAt: T0 })));
    play(s, { type: 'worker-restart' }, { type: 'run-until-idle' });
    expect(s.world().conversations.filter((c) => c.location === 'inbox')).toEqual([]);
    expect(eventsOf(s, 'move-completed')[0]?.conversationsMoved).toBe(11);
  });

  it('a crash delays the move: the lost time is not made up', () => {
    const steady = system(world({ conversations: conversations.slice(0, 100) }));
    const crashed = system(world({ conversations: conversations.slice(0, 100) }));
    play(steady, startMove('email-1'), { type: 'run-until-idle' });
    play(crashed, startMove('email-1'), { type: 'advance', ms: 500 }, { type: 'worker-crash' });
    play(crashed, { type: 'advance', ms: 60_000 }, { type: 'worker-restart' }, { type: 'run-until-idle' });
    const end = (s: typeof steady) => eventsOf(s, 'move-completed')[0]?.at ?? 0;
    expect(end(crashed) - end(steady)).toBeGreaterThanOrEqual(60_000);
    expect(crashed.world().tickets).toHaveLength(100);
  });
});
