import { printable, quoteShort } from './issue-words.ts';
import { slaPolicyProblems } from './operating-hours.ts';
import { formatSimTime } from './time.ts';
import type { World } from './world.ts';

/** One thing wrong with a world: where (`conversations[12].ownerId`), what was expected, what was found. */
export interface WorldProblem {
  readonly path: string;
  readonly expected: string;
  readonly found: string;
}

type Report = (path: string, expected: string, found: string) => void;

/**
 * Every structural problem of a world, in a stable order (empty when the world is valid):
 * duplicate IDs, dangling references, empty channel histories, chatflow surfaces, email address
 * kinds, statuses outside the pipeline, messages out of time order, a conversation in help desk
 * without exactly one ticket (INV-3), an empty pipeline, SLA operating hours. This is the one
 * place that says what a valid world is: generators must produce only worlds for which it returns
 * []; the scenario loader, the counterexample loader and the import reject a world it finds
 * problems in, with one clear message per problem.
 */
export function validateWorld(world: World): WorldProblem[] {
  const problems: WorldProblem[] = [];
  const report: Report = (path, expected, found) => {
    problems.push({ path, expected, found });
  };
  // A text found is quoted and cut short: IDs come from files and exports, hostile ones included.
  const add = (path: string, expected: string, found: string | number): void => {
    report(path, expected, typeof found === 'string' ? quoteShort(found) : String(found));
  };
  const statuses = new Set(world.account.pipeline.statuses);
  const aStatus = `a status of the help desk pipeline (${listed(statuses)})`;
  if (world.account.pipeline.statuses.length === 0) {
    add('account.pipeline.statuses', 'at least one status', 'an empty list');
  }
  if (world.account.sla !== null) {
    // Their found values are descriptions already ("[600, 540]", "none"), not texts to quote.
    for (const [path, expected, found] of slaPolicyProblems(world.account.sla, 'account.sla')) {
      report(path, expected, String(found));
    }
  }
  const userIds = indexIds(world.users, 'users', 'user', report);
  const channelIds = indexIds(world.channels, 'channels', 'channel', report);
  const conversationIds = indexIds(world.conversations, 'conversations', 'conversation', report);
  indexIds(world.tickets, 'tickets', 'ticket', report);
  const aUser = (): string => `the ID of a user (${listed(userIds)})`;
  const messageIds = new Set<string>();

  world.channels.forEach((channel, i) => {
    if (channel.kind === 'chatflow' && channel.surface === undefined) {
      add(`channels[${i}].surface`, 'a surface for a chatflow', 'none');
    }
    if (channel.kind !== 'chatflow' && channel.surface !== undefined) {
      add(`channels[${i}].surface`, `no surface on a ${channel.kind} channel`, channel.surface);
    }
    if (channel.kind !== 'email' && channel.emailAddressKind !== undefined) {
      add(
        `channels[${i}].emailAddressKind`,
        `no email address kind on a ${channel.kind} channel`,
        channel.emailAddressKind,
      );
    }
    channel.settings.routing.userIds.forEach((userId, j) => {
      if (!userIds.has(userId)) add(`channels[${i}].settings.routing.userIds[${j}]`, aUser(), userId);
    });
    const defaultStatus = channel.settings.ticketCreation.defaultStatus;
    if (defaultStatus !== null && !statuses.has(defaultStatus)) {
      add(`channels[${i}].settings.ticketCreation.defaultStatus`, `${aStatus}, or null`, defaultStatus);
    }
  });

  let ticketCounts: Map<string, number> | undefined;
  const ticketsOf = (conversationId: string): number => {
    ticketCounts ??= countTickets(world);
    return ticketCounts.get(conversationId) ?? 0;
  };
  // A ticket in help desk belongs to a conversation in help desk: tickets move with their
  // conversation, never ahead of it (HIST-1). Indexed first; before worlds hold few such tickets.
  const helpDeskTickets = new Map<string, number>();
  world.tickets.forEach((ticket, i) => {
    if (ticket.location === 'help-desk') helpDeskTickets.set(ticket.conversationId, i);
  });
  world.conversations.forEach((conversation, i) => {
    // Paths are built only for a problem: this loop runs over every message of a million-thread inbox.
    const at = (field: string): string => `conversations[${i}]${field}`;
    if (conversation.ownerId !== null && !userIds.has(conversation.ownerId)) {
      add(at('.ownerId'), `${aUser()}, or null`, conversation.ownerId);
    }
    if (conversation.channelHistory.length === 0)
      add(at('.channelHistory'), 'at least one channel', 'an empty list');
    conversation.channelHistory.forEach((channelId, j) => {
      if (!channelIds.has(channelId))
        add(at(`.channelHistory[${j}]`), `the ID of a channel (${listed(channelIds)})`, channelId);
    });
    // Taken at the first conversation of that ID: a repeated ID is reported once, as such.
    const ticketAhead = helpDeskTickets.size === 0 ? undefined : helpDeskTickets.get(conversation.id);
    if (ticketAhead !== undefined) {
      helpDeskTickets.delete(conversation.id);
      if (conversation.location === 'inbox')
        add(`tickets[${ticketAhead}].location`, `inbox, as its conversation ${conversation.id}`, 'help-desk');
    }
    if (conversation.location === 'help-desk' && ticketsOf(conversation.id) !== 1) {
      const found = `${ticketsOf(conversation.id)} tickets`;
      report(at(''), 'exactly one ticket for a conversation in help desk (INV-3)', found);
    }
    let previous = conversation.startedAt;
    conversation.messages.forEach((message, j) => {
      const path = (field: string): string => at(`.messages[${j}].${field}`);
      if (messageIds.has(message.id)) report(path('id'), 'a message ID used once', secondTime(message.id));
      messageIds.add(message.id);
      if (!conversation.channelHistory.includes(message.channelId)) {
        const history = listed(conversation.channelHistory);
        add(path('channelId'), `a channel of the conversation’s history (${history})`, message.channelId);
      }
      if (message.at < conversation.startedAt) {
        const startedAt = timeText(conversation.startedAt);
        report(path('at'), `a time at or after startedAt (${startedAt})`, timeText(message.at));
      } else if (message.at < previous) {
        const after = timeText(previous);
        report(path('at'), `a time at or after the previous message (${after})`, timeText(message.at));
      }
      previous = Math.max(previous, message.at);
    });
  });

  world.tickets.forEach((ticket, i) => {
    if (!conversationIds.has(ticket.conversationId)) {
      const aConversation = `the ID of a conversation (${listed(conversationIds)})`;
      add(`tickets[${i}].conversationId`, aConversation, ticket.conversationId);
    }
    if (ticket.ownerId !== null && !userIds.has(ticket.ownerId)) {
      add(`tickets[${i}].ownerId`, `${aUser()}, or null`, ticket.ownerId);
    }
    if (!statuses.has(ticket.status)) add(`tickets[${i}].status`, aStatus, ticket.status);
  });
  return problems;
}

/** The set of IDs of `items`, reporting each repeated one at its second occurrence. */
function indexIds(
  items: readonly { readonly id: string }[],
  list: string,
  what: string,
  report: Report,
): Set<string> {
  const ids = new Set<string>();
  items.forEach((item, i) => {
    if (ids.has(item.id)) report(`${list}[${i}].id`, `a ${what} ID used once`, secondTime(item.id));
    ids.add(item.id);
  });
  return ids;
}

/** An instant as ISO text; a value that is no date (in a counterexample file edited by hand) as it is. */
const timeText = (at: number): string =>
  Number.isNaN(new Date(at).getTime()) ? String(at) : formatSimTime(at);

const secondTime = (id: string): string => `${quoteShort(id)} a second time`;

/** How many tickets each conversation has (only counted when a conversation is in help desk). */
function countTickets(world: World): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ticket of world.tickets)
    counts.set(ticket.conversationId, (counts.get(ticket.conversationId) ?? 0) + 1);
  return counts;
}

/** The first few of `values`, for an error that says what would have been valid. */
function listed(values: Iterable<string>, max = 8): string {
  const shown: string[] = [];
  let more = false;
  for (const value of values) {
    if (shown.length === max) {
      more = true;
      break;
    }
    shown.push(printable(value, 40));
  }
  return shown.length === 0 ? 'none is declared' : `${shown.join(', ')}${more ? ', ...' : ''}`;
}
