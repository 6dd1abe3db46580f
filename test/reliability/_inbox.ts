// A small inbox for the fault and permission properties, and ways to compare two outcomes.
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { DEFAULT_POLICIES, DEFAULT_PROFILE } from '../../domain/index.ts';
import type { SystemEvent, SystemOptions, World } from '../../domain/index.ts';
import { account, channel, conversation, SLA, ticket, world } from '../support/fixtures.ts';

export const OPTIONS: SystemOptions = { policies: DEFAULT_POLICIES, profile: DEFAULT_PROFILE };

/** Owners with help desk access, without it, and nobody. */
const OWNERS = ['agent', 'temp', null] as const;

/** An inbox of `email-1` (to be moved) and `bystander`, some conversations with a ticket already. */
export const inboxArbitrary: Arbitrary<World> = fc
  .array(
    fc.record({
      messages: fc.integer({ min: 0, max: 4 }),
      closed: fc.boolean(),
      owner: fc.constantFrom(...OWNERS),
      ticket: fc.boolean(),
      bystander: fc.boolean(),
    }),
    { minLength: 0, maxLength: 40 },
  )
  .map((specs) =>
    world({
      account: account({ sla: SLA }),
      channels: [channel('email-1', 'email'), channel('bystander', 'email')],
      conversations: specs.map((spec, i) =>
        conversation(`c${i}`, spec.bystander && i % 3 === 0 ? 'bystander' : 'email-1', {
          messageCount: spec.messages,
          status: spec.closed ? 'closed' : 'open',
          ownerId: spec.owner,
        }),
      ),
      tickets: specs.flatMap((spec, i) =>
        spec.ticket ? [ticket(`T-${i}`, `c${i}`, { ownerId: spec.owner })] : [],
      ),
    }),
  );

/**
 * A world with ticket IDs replaced by their conversation and the clock left out: what must be
 * the same with and without faults ("modulo ticket IDs and timing").
 */
export function outcome(world: World): unknown {
  return {
    conversations: [...world.conversations]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map(({ id, location, channelHistory, status, ownerId, messages }) => ({
        id,
        location,
        channelHistory,
        status,
        ownerId,
        messages: messages.map((m) => `${m.id}:${m.body}`),
      })),
    tickets: [...world.tickets]
      // SLA due times count from when the move processed the ticket: timing, like the clock.
      .map(({ id: _id, sla, ...rest }) => ({ ...rest, sla: sla !== null }))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    channels: world.channels.map((c) => `${c.id}:${c.location}`),
  };
}

/** Notifications as (reason, recipient, conversation) — ticket IDs may differ between runs. */
export function notifications(events: readonly SystemEvent[], world: World): string[] {
  const conversationOf = new Map(world.tickets.map((t) => [t.id, t.conversationId]));
  return events
    .flatMap((e) =>
      e.type === 'notification-sent'
        ? [`${e.reason}:${e.recipientId ?? '-'}:${conversationOf.get(e.ticketId) ?? e.ticketId}`]
        : [],
    )
    .sort();
}
