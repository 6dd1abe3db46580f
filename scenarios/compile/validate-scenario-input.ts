import { slaPolicyProblems } from '../../domain/index.ts';
import { quoteShort } from '../../domain/issue-words.ts';
import type { Issue } from '../scenario-issue.ts';
import { SCENARIO_LIMITS } from '../schema/primitive-schemas.ts';
import type { ScenarioInput } from '../schema/scenario-schema.ts';
import { historyOf } from './build-conversation.ts';
import { buildAccount, DEFAULT_USERS } from './world-defaults.ts';

type Path = (string | number)[];

/**
 * What a schema cannot see: duplicate IDs, references to users, channels and statuses that do not
 * exist, and states no system could be in. Returns every issue found, in file order.
 */
export function validateScenarioInput(input: ScenarioInput): Issue[] {
  const issues: Issue[] = [];
  // A counterexample of a system that failed (threw, answered malformed) names no rule.
  if (input.targets.length === 0 && input.found?.systemFailure === undefined) {
    issues.push({
      code: 'SCENARIO_SCHEMA',
      path: ['targets'],
      expected: 'a list of at least 1 entry',
      found: 'a list of 0',
    });
  }
  const statuses = buildAccount(input.account).pipeline.statuses;
  const users = input.users ?? DEFAULT_USERS;
  const userIds = collectIds(users, ['users'], 'user', issues);
  const channels = input.channels ?? [];
  const channelIds = collectIds(channels, ['channels'], 'channel', issues);
  const kindOf = new Map(channels.map((channel) => [channel.id, channel]));
  const ref = (value: string | null | undefined, ids: Set<string>, what: string, path: Path): void => {
    if (value === null || value === undefined || ids.has(value)) return;
    const known = [...ids].slice(0, 8).join(', ');
    issues.push({
      code: 'SCENARIO_REFERENCE',
      path,
      expected: `the ID of a ${what} of this scenario (${known === '' ? `none is declared` : known})`,
      found: quoteShort(value),
    });
  };
  const status = (value: string | null | undefined, path: Path): void => {
    if (value === null || value === undefined || statuses.includes(value)) return;
    issues.push({
      code: 'SCENARIO_REFERENCE',
      path,
      expected: `a status of the help desk pipeline (${statuses.join(', ')})`,
      found: quoteShort(value),
    });
  };
  const impossible = (path: Path, expected: string, found: string): void => {
    issues.push({ code: 'SCENARIO_IMPOSSIBLE', path, expected, found });
  };

  // Operating hours that overlap, run backwards or never open (the schema sees each interval alone).
  const sla = buildAccount(input.account).sla;
  if (sla !== null) {
    for (const [where, expected, found] of slaPolicyProblems(sla, 'sla')) {
      const path: Path = ['account', 'sla', ...(sla.operatingHours === undefined ? [] : ['operatingHours'])];
      impossible(path, `${where}: ${expected}`, String(found));
    }
  }

  channels.forEach((channel, i) => {
    const at: Path = ['channels', i];
    if (channel.surface !== undefined && channel.kind !== 'chatflow')
      impossible(
        [...at, 'surface'],
        'a surface only on a chatflow',
        `a surface on a ${channel.kind} channel`,
      );
    if (channel.emailAddressKind !== undefined && channel.kind !== 'email')
      impossible(
        [...at, 'emailAddressKind'],
        'an address kind only on an email channel',
        `a ${channel.kind} channel`,
      );
    channel.settings?.routing?.users?.forEach((user, j) => {
      ref(user, userIds, 'user', [...at, 'settings', 'routing', 'users', j]);
    });
    status(channel.settings?.ticketCreation?.defaultStatus, [
      ...at,
      'settings',
      'ticketCreation',
      'defaultStatus',
    ]);
  });

  const conversationIds = new Set<string>();
  const ticketIds = new Set<string>();
  const claim = (ids: Set<string>, id: string, what: string, path: Path): void => {
    if (ids.has(id)) issues.push(duplicate(what, id, path));
    ids.add(id);
  };
  (input.conversations ?? []).forEach((conversation, i) => {
    const at: Path = ['conversations', i];
    claim(conversationIds, conversation.id, 'conversation', [...at, 'id']);
    const given = [conversation.channel, conversation.channels].filter((v) => v !== undefined).length;
    if (given !== 1) {
      impossible(
        at,
        'exactly one of channel: <ID> or channels: [<ID>, ...]',
        given === 0 ? 'neither' : 'both',
      );
      return;
    }
    if (conversation.continuedOverEmail !== undefined) {
      if (conversation.channel === undefined)
        impossible(
          [...at, 'continuedOverEmail'],
          'continuedOverEmail with channel: <a form channel>',
          'channels:',
        );
      else if (kindOf.has(conversation.channel) && kindOf.get(conversation.channel)?.kind !== 'form')
        impossible(
          [...at, 'channel'],
          'a form channel (the thread started as a form submission)',
          conversation.channel,
        );
      const email = kindOf.get(conversation.continuedOverEmail);
      if (email !== undefined && email.kind !== 'email')
        impossible([...at, 'continuedOverEmail'], 'an email channel', `${email.id}, a ${email.kind} channel`);
    }
    if (conversation.channels !== undefined)
      conversation.channels.forEach((channel, j) =>
        ref(channel, channelIds, 'channel', [...at, 'channels', j]),
      );
    else ref(conversation.channel, channelIds, 'channel', [...at, 'channel']);
    ref(conversation.continuedOverEmail, channelIds, 'channel', [...at, 'continuedOverEmail']);
    ref(conversation.owner, userIds, 'user', [...at, 'owner']);
    const history = historyOf(conversation);
    const current = kindOf.get(history[history.length - 1] ?? '');
    if (
      conversation.location === 'help-desk' &&
      current !== undefined &&
      (current.location ?? 'inbox') === 'inbox'
    )
      impossible(
        [...at, 'location'],
        'a conversation in help desk to belong to a channel in help desk',
        `its channel ${current.id} in the inbox`,
      );
    if (conversation.location === 'help-desk' && conversation.tickets === 0)
      impossible([...at, 'tickets'], 'a ticket for a conversation in help desk (INV-3)', 'tickets: 0');
    if (Array.isArray(conversation.messages)) {
      const messageIds = new Set<string>();
      conversation.messages.forEach((message, j) => {
        if (message.id !== undefined) claim(messageIds, message.id, 'message', [...at, 'messages', j, 'id']);
        ref(message.channel, channelIds, 'channel', [...at, 'messages', j, 'channel']);
      });
    }
    const tickets = Array.isArray(conversation.tickets)
      ? conversation.tickets
      : Array.from({ length: conversation.tickets ?? 0 }, (): { id?: string } => ({}));
    tickets.forEach((ticket: { id?: string; owner?: string | null; status?: string }, j) => {
      claim(ticketIds, ticket.id ?? `${conversation.id}-t${j + 1}`, 'ticket', [...at, 'tickets', j]);
      ref(ticket.owner, userIds, 'user', [...at, 'tickets', j, 'owner']);
      status(ticket.status, [...at, 'tickets', j, 'status']);
    });
  });

  let conversations = input.conversations?.length ?? 0;
  let messages = 0;
  (input.bulk ?? []).forEach((bulk, i) => {
    const at: Path = ['bulk', i];
    conversations += bulk.count;
    messages += bulk.count * (bulk.messages ?? 1);
    if (conversations > SCENARIO_LIMITS.conversations || messages > SCENARIO_LIMITS.messages) {
      const limits = `at most ${SCENARIO_LIMITS.conversations.toLocaleString('en-US')} conversations and ${SCENARIO_LIMITS.messages.toLocaleString('en-US')} messages in all`;
      impossible([...at, 'count'], limits, `${conversations} conversations, ${messages} messages so far`);
      return;
    }
    ref(bulk.channel, channelIds, 'channel', [...at, 'channel']);
    bulk.owners?.forEach((owner, j) => ref(owner, userIds, 'user', [...at, 'owners', j]));
    const prefix = bulk.idPrefix ?? `${bulk.channel}-bulk-`;
    for (let n = 1; n <= bulk.count; n += 1) {
      const id = `${prefix}${n}`;
      if (conversationIds.has(id) || ticketIds.has(`${id}-t1`)) {
        issues.push(duplicate('conversation', id, [...at, 'idPrefix']));
        break;
      }
      conversationIds.add(id);
    }
  });
  return issues;
}

function collectIds(
  items: readonly { readonly id: string }[],
  at: Path,
  what: string,
  issues: Issue[],
): Set<string> {
  const ids = new Set<string>();
  items.forEach((item, i) => {
    if (ids.has(item.id)) issues.push(duplicate(what, item.id, [...at, i, 'id']));
    ids.add(item.id);
  });
  return ids;
}

function duplicate(what: string, id: string, path: Path): Issue {
  return {
    code: 'SCENARIO_DUPLICATE_ID',
    path,
    expected: `a ${what} ID used once`,
    found: `${quoteShort(id)} a second time`,
  };
}
