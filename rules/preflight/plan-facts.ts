import type { Channel, Conversation, HistoryChoice, Ticket, User, World } from '../../domain/index.ts';
import { currentChannelId } from '../../domain/index.ts';

/** What a planned move is about, gathered once from the world for all five pieces of advice. */
export interface PlanFacts {
  readonly world: World;
  readonly channel: Channel;
  readonly history: HistoryChoice;
  /** Conversations whose current channel is the one to move (HIST-7), wherever they are. */
  readonly channelConversations: readonly Conversation[];
  /** The ones the move would process: the channel's inbox conversations with history "all", else none. */
  readonly moving: readonly Conversation[];
  /** Of those, the ones without a ticket: the move would create one each (HIST-2). */
  readonly needingTicket: readonly Conversation[];
  readonly usersById: ReadonlyMap<string, User>;
  readonly ticketsByConversation: ReadonlyMap<string, readonly Ticket[]>;
}

/** Gathers the facts; `undefined` when the channel is unknown. */
export function planFacts(world: World, channelId: string, history: HistoryChoice): PlanFacts | undefined {
  const channel = world.channels.find((c) => c.id === channelId);
  if (channel === undefined) return undefined;
  const ticketsByConversation = new Map<string, Ticket[]>();
  for (const ticket of world.tickets) {
    const list = ticketsByConversation.get(ticket.conversationId);
    if (list === undefined) ticketsByConversation.set(ticket.conversationId, [ticket]);
    else list.push(ticket);
  }
  const channelConversations = world.conversations.filter((conv) => currentChannelId(conv) === channelId);
  const moving =
    history.kind === 'all' ? channelConversations.filter((conv) => conv.location === 'inbox') : [];
  return {
    world,
    channel,
    history,
    channelConversations,
    moving,
    needingTicket: moving.filter((conv) => !ticketsByConversation.has(conv.id)),
    usersById: new Map(world.users.map((user) => [user.id, user])),
    ticketsByConversation,
  };
}

/** Lists in advice stay short; the figures carry the totals. */
export const MAX_LISTED = 20;
