import { build, channelMessageKind } from '../../domain/index.ts';
import type { Account, Channel, Conversation, Message, Ticket, User, World } from '../../domain/index.ts';
import { messageKindOf } from '../generate-conversations.ts';
import { shapedChannel } from '../generate-channels.ts';
import type { ChannelSpec, ConversationSpec, TicketSpec, UserSpec } from './_world-parts.ts';

/** Where arbitrary worlds begin: a fixed simulated instant (Monday 1 April 2024, 00:00 UTC). */
export const ARBITRARY_EPOCH = Date.UTC(2024, 3, 1);

/** `items[ref mod length]`: references shrink toward the first item and never dangle. */
function at<T>(items: readonly T[], ref: number): T | undefined {
  return items.length === 0 ? undefined : items[ref % items.length];
}

/** Turns specs into a valid world: IDs from positions, references resolved, times accumulated. */
export function resolveWorld(
  account: Account,
  userSpecs: readonly UserSpec[],
  channelSpecs: readonly ChannelSpec[],
  conversationSpecs: readonly ConversationSpec[],
  ticketSpecs: readonly TicketSpec[],
): World {
  const users: User[] = userSpecs.map((spec, i) =>
    build.user(`u${i}`, {
      name: spec.name,
      email: `user${i}@example.com`,
      superAdmin: spec.superAdmin,
      helpDeskAccess: spec.helpDeskAccess,
    }),
  );
  const channels: Channel[] = channelSpecs.map((spec, i) => {
    const routingUserIds = [...new Set(spec.routingRefs.flatMap((ref) => at(users, ref)?.id ?? []))];
    return shapedChannel(`ch${i}`, spec.mix, i, {
      signature: `Signature ${i}`,
      routing: { mode: routingUserIds.length > 0 ? 'specific-users' : 'none', userIds: routingUserIds },
      // Automation rules on every other channel (with or without an auto-reply), derived from its
      // position so the random stream stays as it was: a move must keep both (SET-1).
      automation: { autoReply: spec.autoReply, rules: i % 2 === 0 ? ['tag-vip'] : [] },
      // A kept default status on some channels (NEW-1 follows it after the move), derived from a
      // field already drawn so the random stream, and every other world, stay as they were.
      ticketCreation: {
        autoCreate: spec.autoReply,
        defaultStatus: spec.autoReply ? (account.pipeline.statuses[1] ?? null) : null,
      },
    });
  });
  let clock = ARBITRARY_EPOCH;
  const conversations: Conversation[] = [];
  // The same contact name is the same person, writing again: they share the email of their first
  // conversation (returning customers; a reply or a new ticket must not be routed by contact,
  // HIST-3). Derived from the name already drawn, so the random stream stays as it was.
  const contactOf = new Map<string, number>();
  if (channels.length > 0) {
    conversationSpecs.forEach((spec, i) => {
      const contact = contactOf.get(spec.contactName) ?? i;
      contactOf.set(spec.contactName, contact);
      const history = spec.historyRefs
        .map((ref) => at(channels, ref) as Channel)
        .filter((channel, j, all) => j === 0 || all[j - 1] !== channel);
      const startedAt = ARBITRARY_EPOCH + spec.startOffset;
      let t = startedAt;
      let step = 0;
      const messages: Message[] = spec.messages.map((m, j) => {
        t += j === 0 ? 0 : m.gap;
        if (j > 0 && m.nextChannel) step = Math.min(step + 1, history.length - 1);
        const channel = history[step] as Channel;
        const kind = j === 0 ? channelMessageKind(channel.kind) : messageKindOf(channel);
        return build.message(`m${i}-${j}`, channel.id, t, { kind, author: m.author, body: m.body });
      });
      clock = Math.max(clock, t);
      conversations.push(
        build.conversation(
          conversationId(i),
          history.map((channel) => channel.id),
          startedAt,
          {
            subject: spec.subject,
            contactName: spec.contactName,
            contactEmail: `contact${contact}@example.org`,
            status: spec.closed ? 'closed' : 'open',
            ownerId: spec.ownerRef === null ? null : (at(users, spec.ownerRef)?.id ?? null),
            messages,
          },
        ),
      );
    });
  }
  const statuses = account.pipeline.statuses;
  const tickets: Ticket[] = [];
  ticketSpecs.forEach((spec, i) => {
    const conversation = at(conversations, spec.conversationRef);
    const status = at(statuses, spec.statusRef);
    if (conversation === undefined || status === undefined) return;
    const createdAt = conversation.startedAt + spec.createdGap;
    clock = Math.max(clock, createdAt);
    tickets.push(
      build.ticket(ticketId(i), conversation.id, createdAt, {
        subject: conversation.subject,
        status,
        ownerId: spec.keepOwner ? conversation.ownerId : null,
      }),
    );
  });
  return build.world({ clock, account, users, channels, conversations, tickets });
}

/**
 * Every other existing ticket is named the way a system might mint its own (the reference mints
 * `ref-ticket-<n>`): a system that reuses an existing ticket's ID, or numbers its tickets from a
 * prefix it did not check, shows up as a duplicate ID or a rewritten ticket.
 */
const ticketId = (i: number): string => (i % 2 === 1 ? `ref-ticket-${i}` : `t${i}`);

/**
 * The ID of the i-th conversation: c1, c1-1, c2, c2-3, ... Every other ID extends the one before
 * it, as real systems' IDs often do (17 and 171): a system that matches IDs by prefix (a `LIKE`
 * query) mixes up their tickets. Unique by construction (only odd positions have a dash).
 */
function conversationId(i: number): string {
  const n = Math.floor(i / 2) + 1;
  return i % 2 === 0 ? `c${n}` : `c${n}-${i}`;
}
