import { describe, expect, it } from 'vitest';
import type { Conversation } from '../../domain/index.ts';
import { message, T0, world } from '../support/fixtures.ts';
import { startMove } from '../support/commands.ts';
import { eventsOf, play, system } from './play-reference.ts';

/** A plain loop, not the fixture helpers: this test is about volume. */
function bigInbox(count: number): Conversation[] {
  const conversations: Conversation[] = new Array<Conversation>(count);
  for (let i = 0; i < count; i++) {
    const channelId = i % 10 === 9 ? 'form-1' : 'email-1';
    conversations[i] = {
      id: `c${i}`,
      subject: 's',
      contactName: 'n',
      contactEmail: 'e',
      channelHistory: [channelId],
      startedAt: T0 - count + i,
      status: i % 3 === 0 ? 'closed' : 'open',
      ownerId: i % 4 === 0 ? null : 'agent',
      messages: [
        message(`m${i}a`, channelId, T0 - count + i),
        message(`m${i}b`, channelId, T0 - count + i + 1),
      ],
      location: 'inbox',
    };
  }
  return conversations;
}

describe('reference system at volume', () => {
  it('moves a 100,000-conversation channel: every conversation once, one ticket each (INV-1, INV-3)', () => {
    const s = system(world({ conversations: bigInbox(100_000) }));
    play(s, startMove('email-1'), { type: 'run-until-idle' });
    const after = s.world();
    expect(after.conversations).toHaveLength(100_000);
    expect(after.conversations.filter((c) => c.location === 'help-desk')).toHaveLength(90_000);
    expect(after.tickets).toHaveLength(90_000);
    expect(new Set(after.tickets.map((t) => t.conversationId)).size).toBe(90_000);
    expect(eventsOf(s, 'move-completed')[0]).toMatchObject({
      conversationsMoved: 90_000,
      messagesMoved: 180_000,
    });
  });
});
