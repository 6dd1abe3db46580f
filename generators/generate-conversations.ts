import type { Channel, Conversation, MessageKind, Ticket, User } from '../domain/index.ts';
import { MessageColumns } from '../domain/message-columns.ts';
import { channelMessageKind, DAY, MINUTE, threadReplyKind } from '../domain/index.ts';
import { type ContentPools, pickText } from './content-pools.ts';
import { HOSTILE_STRINGS } from './hostile-strings.ts';
import type { Prng } from './prng.ts';
import { businessHourTime, replyGap } from './_timestamps.ts';
import type { WorldKnobs } from './world-knobs.ts';

/** Generated message IDs: `msg-${conversation number}-${message number from 0}`. */
const MESSAGE_IDS = { prefix: 'msg-', separator: '-', first: 0 } as const;

/** The kind of the replies in a thread of `channel` (a form thread goes on by email). */
export function messageKindOf(channel: Channel): MessageKind {
  return threadReplyKind(channel.kind);
}

/**
 * Conversations and their tickets; the hot loop of `generateWorld`. Its objects are literals, not
 * the world builder's (`build.conversation` ...): a builder call per conversation cost about a tenth
 * of generateWorld's time. test/domain/world-builder.test.ts holds them to what the builder makes,
 * key order included.
 */
export function buildConversations(
  knobs: WorldKnobs,
  channels: readonly Channel[],
  users: readonly User[],
  pools: ContentPools,
  prng: Prng,
): { conversations: Conversation[]; tickets: Ticket[] } {
  const conversations: Conversation[] = [];
  const tickets: Ticket[] = [];
  if (channels.length === 0) return { conversations, tickets };
  // One shared history array per channel: most conversations never change channel, and sharing
  // saves a million small arrays (values are immutable, so sharing is safe).
  const soloHistories = channels.map((channel) => Object.freeze([channel.id]));
  const kinds = channels.map(messageKindOf);
  const emails = channels.filter((channel) => channel.kind === 'email');
  const withAccess = users.filter((user) => user.helpDeskAccess);
  const withoutAccess = users.filter((user) => !user.helpDeskAccess);
  const statuses = knobs.pipelineStatuses;
  const closedStatus = statuses[statuses.length - 1] ?? '';
  const { min, max } = knobs.messagesPerConversation;
  // Threads of up to 9 messages span at most 2 days: start early enough to end before the clock.
  const startDays = Math.max(1, knobs.spanDays - 3);
  const share = knobs.hostileShare;
  // Messages go to columns, not objects (domain/message-columns.ts): 16 bytes each instead of ~128.
  const columns = new MessageColumns(MESSAGE_IDS, (knobs.conversations * (min + max)) / 2);
  for (let i = 0; i < knobs.conversations; i++) {
    const at = prng.int(channels.length);
    const channel = channels[at] as Channel;
    const count = prng.between(min, max);
    let history: readonly string[] = soloHistories[at] as readonly string[];
    let firstChannelId = channel.id;
    let lastChannelId = channel.id;
    let firstKind: MessageKind = kinds[at] as MessageKind;
    let laterKind: MessageKind = firstKind;
    let split = count;
    if (channel.kind === 'form') firstKind = 'form-submission';
    if (channel.kind === 'form' && emails.length > 0 && prng.chance(knobs.formContinuedOverEmailShare)) {
      // HIST-8: a form submission answered over connected email belongs to the email channel.
      const email = prng.pick(emails);
      history = [channel.id, email.id];
      lastChannelId = email.id;
      split = 1;
      laterKind = 'email';
    } else if (channels.length > 1 && prng.chance(knobs.changedChannelShare)) {
      const other = channels[(at + 1 + prng.int(channels.length - 1)) % channels.length] as Channel;
      history = [other.id, channel.id];
      firstChannelId = other.id;
      firstKind = channelMessageKind(other.kind);
      split = Math.ceil(count / 2);
    }
    const startedAt = businessHourTime(prng, knobs.start, startDays);
    const id = `conv-${i}`;
    const first = columns.size;
    let t = startedAt;
    let author: 'contact' | 'agent' = 'contact';
    for (let j = 0; j < count; j++) {
      const before = j < split;
      columns.add(
        t,
        before ? firstChannelId : lastChannelId,
        j === 0 ? firstKind : before && firstKind === 'form-submission' ? 'email' : laterKind,
        author,
        pickText(prng, author === 'contact' ? pools.contactBodies : pools.agentBodies, share),
      );
      t += replyGap(prng);
      author = author === 'contact' || prng.chance(0.2) ? 'agent' : 'contact';
    }
    const contact = prng.int(pools.contactNames.length);
    let ownerId: string | null = null;
    if (users.length > 0 && !prng.chance(knobs.unassignedShare)) {
      const preferAccess = prng.chance(knobs.ownerHelpDeskAccessShare);
      const from =
        (preferAccess && withAccess.length > 0) || withoutAccess.length === 0 ? withAccess : withoutAccess;
      ownerId = prng.pick(from).id;
    }
    const status = prng.chance(knobs.closedShare) ? 'closed' : 'open';
    const subject = pickText(prng, pools.subjects, share);
    conversations.push({
      id,
      subject,
      contactName: prng.chance(share) ? prng.pick(HOSTILE_STRINGS) : (pools.contactNames[contact] as string),
      contactEmail: pools.contactEmails[contact] as string,
      channelHistory: history,
      startedAt,
      status,
      ownerId,
      messages: columns.list(first, count, i),
      location: 'inbox',
    });
    if (statuses.length > 0 && prng.chance(knobs.ticketShare)) {
      const several = prng.chance(knobs.severalTicketsShare) ? prng.between(2, 3) : 1;
      for (let k = 0; k < several; k++) {
        tickets.push({
          id: `ticket-${tickets.length}`,
          conversationId: id,
          subject,
          createdAt: Math.min(startedAt + prng.int(30 * MINUTE) + k * DAY, t),
          status:
            status === 'closed'
              ? closedStatus
              : (statuses[prng.int(Math.max(1, statuses.length - 1))] as string),
          ownerId,
          location: 'inbox',
          sla: null,
        });
      }
    }
  }
  return { conversations, tickets };
}
