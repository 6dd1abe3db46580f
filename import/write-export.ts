import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Conversation, Ticket, World } from '../domain/index.ts';
import { FileSink } from './file-sink.ts';
import type { ImportOptions } from './import-options.ts';
import { messageItem, overridesOf, writePaged, type ExportLayout } from './export-pages.ts';

export type { ExportLayout };

/** The channel (type) each kind's accounts belong to: the guide's IDs 1000-1002, names for the others. */
const CHANNEL_OF: Readonly<Record<string, { id: string; name: string }>> = {
  email: { id: '1002', name: 'EMAIL' },
  chatflow: { id: '1000', name: 'LIVE_CHAT' },
  'messenger-channel': { id: '1001', name: 'FB_MESSENGER' },
  form: { id: '2001', name: 'FORMS' },
  'whatsapp-channel': { id: '2002', name: 'WHATSAPP' },
  calling: { id: '2003', name: 'CALLING' },
  custom: { id: '990001', name: 'Acme custom channel' },
};

const iso = (ms: number): string => new Date(ms).toISOString();
const INBOX = '101';
const HELP_DESK = '102';

/**
 * A world written as an API export (the files `import api-export` reads), for the round-trip
 * test and the import bench: paged responses (`paging.next.after`), several pages concatenated
 * per file, an archived and a spam thread, comments among the messages, hostile strings as they
 * come. Returns the options the import needs for what an export cannot say.
 */
export function writeExport(
  world: World,
  folder: string,
  layout: ExportLayout,
): Pick<ImportOptions, 'kinds' | 'customChannels'> {
  mkdirSync(folder, { recursive: true });
  const paged = (name: string, items: Iterable<unknown>): void => writePaged(folder, name, items, layout);
  const userIdOf = new Map(world.users.map((user, i) => [user.id, String(100 + i)]));
  const ownerIdOf = new Map(world.users.map((user, i) => [user.id, String(700_000 + i)]));
  const accountOf = new Map(world.channels.map((channel, i) => [channel.id, String(300_000 + i)]));
  const typeOf = new Map(
    world.channels.map((channel) => [channel.id, (CHANNEL_OF[channel.kind] ?? CHANNEL_OF.custom)?.id ?? '']),
  );
  const threadOf = new Map(
    world.conversations.map((conversation, i) => [conversation.id, String(5_000_000 + i)]),
  );
  const statuses = world.account.pipeline.statuses;
  const stageOf = new Map(statuses.map((status, i) => [status, `stage-${i}`]));
  const ticketId = (i: number): string => String(40_000_000 + i);
  const firstTicket = new Map<string, number>();
  world.tickets.forEach((ticket, i) => {
    if (!firstTicket.has(ticket.conversationId)) firstTicket.set(ticket.conversationId, i);
  });

  paged('inboxes', [
    {
      id: INBOX,
      name: 'Support inbox',
      type: 'INBOX',
      archived: false,
      createdAt: iso(0),
      updatedAt: iso(0),
    },
    {
      id: HELP_DESK,
      name: 'Help desk',
      type: 'HELP_DESK',
      archived: false,
      createdAt: iso(0),
      updatedAt: iso(0),
    },
  ]);
  paged('channels', Object.values(CHANNEL_OF));
  paged('channel-accounts', [
    ...world.channels.map((channel) => ({
      id: accountOf.get(channel.id),
      channelId: (CHANNEL_OF[channel.kind] ?? CHANNEL_OF.custom)?.id,
      inboxId: channel.location === 'help-desk' ? HELP_DESK : INBOX,
      name: channel.name,
      active: true,
      archived: false,
      authorized: true,
      createdAt: iso(0),
      deliveryIdentifier: {
        type:
          channel.kind === 'email'
            ? 'HS_EMAIL_ADDRESS'
            : channel.kind === 'calling'
              ? 'HS_PHONE_NUMBER'
              : 'CHANNEL_SPECIFIC_OPAQUE_ID',
        value: channel.address,
      },
    })),
    {
      id: '399999',
      channelId: '1002',
      inboxId: INBOX,
      name: 'Old address',
      active: false,
      archived: true,
      authorized: false,
      createdAt: iso(0),
    },
  ]);
  paged(
    'owners',
    world.users.map((user) => ({
      id: ownerIdOf.get(user.id),
      userId: Number(userIdOf.get(user.id)),
      email: user.email,
      firstName: user.name,
      lastName: '',
      archived: false,
    })),
  );
  paged(
    'users',
    world.users.map((user, i) => ({
      id: String(800_000 + i),
      properties: {
        hs_internal_user_id: userIdOf.get(user.id),
        hs_email: user.email,
        hs_assigned_seats: user.helpDeskAccess ? 'core;service' : 'core',
      },
    })),
  );
  paged(
    'settings-users',
    world.users.map((user) => ({
      id: userIdOf.get(user.id),
      email: user.email,
      superAdmin: user.superAdmin,
    })),
  );
  paged('pipelines', [
    {
      id: '0',
      label: 'Support pipeline',
      displayOrder: 0,
      stages: statuses.map((label, i) => ({ id: stageOf.get(label), label, displayOrder: i })),
    },
    {
      id: '1',
      label: 'Escalations',
      displayOrder: 1,
      stages: [{ id: 'esc-0', label: 'Escalated', displayOrder: 0 }],
    },
  ]);

  const threadItem = (c: Conversation, id: string, extra: Record<string, unknown> = {}): unknown => {
    const last = c.messages[c.messages.length - 1]?.at ?? c.startedAt;
    const first = firstTicket.get(c.id);
    return {
      id,
      createdAt: iso(c.startedAt),
      ...(c.status === 'closed' && { closedAt: iso(last) }),
      status: c.status === 'open' ? 'OPEN' : 'CLOSED',
      originalChannelId: typeOf.get(c.channelHistory[0] ?? ''),
      originalChannelAccountId: accountOf.get(c.channelHistory[0] ?? ''),
      latestMessageTimestamp: iso(last),
      ...(c.ownerId !== null && { assignedTo: `A-${userIdOf.get(c.ownerId)}` }),
      spam: false,
      inboxId: c.location === 'help-desk' ? HELP_DESK : INBOX,
      associatedContactId: String(9_000_000 + Number(id.slice(-6))),
      archived: false,
      ...(first !== undefined && { threadAssociations: { associatedTicketId: ticketId(first) } }),
      ...extra,
    };
  };
  const sample = world.conversations[0];
  paged(
    'threads',
    (function* () {
      for (const c of world.conversations) yield threadItem(c, threadOf.get(c.id) ?? '');
    })(),
  );
  if (sample !== undefined) {
    paged('threads-archived', [
      threadItem(sample, '4999998', { archived: true }),
      threadItem(sample, '4999999', { spam: true }),
    ]);
  }
  paged(
    'tickets',
    world.tickets.map((ticket: Ticket, i) => ({
      id: ticketId(i),
      createdAt: iso(ticket.createdAt),
      archived: false,
      properties: {
        subject: ticket.subject,
        hs_pipeline: '0',
        hs_pipeline_stage: stageOf.get(ticket.status),
        hubspot_owner_id: ticket.ownerId === null ? null : (ownerIdOf.get(ticket.ownerId) ?? null),
        createdate: iso(ticket.createdAt),
      },
      ...(firstTicket.get(ticket.conversationId) !== i && {
        associations: {
          conversations: {
            results: [{ id: threadOf.get(ticket.conversationId), type: 'ticket_to_conversation' }],
          },
        },
      }),
    })),
  );

  if (sample === undefined) return overridesOf(world, accountOf, CHANNEL_OF.custom?.id ?? '');
  const messages = new FileSink(join(folder, 'messages-0001.json'));
  const threadPage = (c: Conversation, id: string): void => {
    const items = c.messages.map((m) => messageItem(c, m, id, { accountOf, typeOf, userIdOf }));
    if (Number(id.slice(-1)) % 7 === 0)
      items.push({
        id: `comment-${id}`,
        type: 'COMMENT',
        conversationsThreadId: id,
        createdAt: iso(c.startedAt),
        text: 'internal note',
        senders: [],
        recipients: [],
        attachments: [],
        archived: false,
      });
    for (let at = 0; at === 0 || at < items.length; at += layout.pageSize) {
      const next =
        at + layout.pageSize < items.length
          ? { paging: { next: { after: String(at + layout.pageSize) } } }
          : {};
      messages.write(`${JSON.stringify({ results: items.slice(at, at + layout.pageSize), ...next })}\n`);
    }
  };
  for (const c of world.conversations) threadPage(c, threadOf.get(c.id) ?? '');
  threadPage(sample, '4999998');
  messages.close();
  return overridesOf(world, accountOf, CHANNEL_OF.custom?.id ?? '');
}
