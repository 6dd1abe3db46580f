import { printable, quoteShort } from './issue-words.ts';
import { RepeatFinder } from './repeat-finder.ts';
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
  let messageCount = 0;
  for (const conversation of world.conversations) messageCount += conversation.messages.length;
  const messageIds = new RepeatFinder(messageCount);

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
  // Plain loops and paths built only for a problem: this runs over every message of a
  // million-thread inbox, where a closure per conversation or message cost more than the checks.
  const conversations = world.conversations;
  for (let i = 0; i < conversations.length; i += 1) {
    const conversation = conversations[i] as (typeof conversations)[number];
    const at = `conversations[${i}]`;
    if (conversation.ownerId !== null && !userIds.has(conversation.ownerId)) {
      add(`${at}.ownerId`, `${aUser()}, or null`, conversation.ownerId);
    }
    const history = conversation.channelHistory;
    if (history.length === 0) add(`${at}.channelHistory`, 'at least one channel', 'an empty list');
    for (let j = 0; j < history.length; j += 1) {
      const channelId = history[j] as string;
      if (!channelIds.has(channelId))
        add(`${at}.channelHistory[${j}]`, `the ID of a channel (${listed(channelIds)})`, channelId);
    }
    // Taken at the first conversation of that ID: a repeated ID is reported once, as such.
    const ticketAhead = helpDeskTickets.size === 0 ? undefined : helpDeskTickets.get(conversation.id);
    if (ticketAhead !== undefined) {
      helpDeskTickets.delete(conversation.id);
      if (conversation.location === 'inbox')
        add(`tickets[${ticketAhead}].location`, `inbox, as its conversation ${conversation.id}`, 'help-desk');
    }
    if (conversation.location === 'help-desk' && ticketsOf(conversation.id) !== 1) {
      const found = `${ticketsOf(conversation.id)} tickets`;
      report(at, 'exactly one ticket for a conversation in help desk (INV-3)', found);
    }
    // One channel (most conversations): a message's channel is checked by one comparison.
    const onlyChannel = history.length === 1 ? history[0] : undefined;
    let previous = conversation.startedAt;
    const messages = conversation.messages;
    for (let j = 0; j < messages.length; j += 1) {
      const message = messages[j] as (typeof messages)[number];
      messageIds.add(message.id);
      if (message.channelId !== onlyChannel && !history.includes(message.channelId)) {
        const expected = `a channel of the conversation’s history (${listed(history)})`;
        add(`${at}.messages[${j}].channelId`, expected, message.channelId);
      }
      if (message.at < conversation.startedAt) {
        const startedAt = timeText(conversation.startedAt);
        report(
          `${at}.messages[${j}].at`,
          `a time at or after startedAt (${startedAt})`,
          timeText(message.at),
        );
      } else if (message.at < previous) {
        const after = timeText(previous);
        report(
          `${at}.messages[${j}].at`,
          `a time at or after the previous message (${after})`,
          timeText(message.at),
        );
      }
      if (message.at > previous) previous = message.at;
    }
  }
  // Repeated message IDs, each at its second use: a second walk, only if two IDs share a hash.
  const repeats = messageIds.secondWalk();
  if (repeats !== undefined) {
    for (let i = 0; i < conversations.length; i += 1) {
      const messages = (conversations[i] as (typeof conversations)[number]).messages;
      for (let j = 0; j < messages.length; j += 1) {
        const id = (messages[j] as (typeof messages)[number]).id;
        if (repeats(id))
          report(`conversations[${i}].messages[${j}].id`, 'a message ID used once', secondTime(id));
      }
    }
  }

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
  for (let i = 0; i < items.length; i += 1) {
    const id = (items[i] as (typeof items)[number]).id;
    const size = ids.size;
    if (ids.add(id).size === size) report(`${list}[${i}].id`, `a ${what} ID used once`, secondTime(id));
  }
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
