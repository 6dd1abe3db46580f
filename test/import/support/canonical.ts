import type { World } from '../../../domain/index.ts';

/**
 * A world "up to IDs" and up to what an API export cannot carry: every ID replaced by the
 * position of what it names (users, channels, conversations in order), channel settings left out
 * (the export has none; the import gives the scenario defaults), message kinds left out (see
 * below). Message IDs are kept (the
 * export keeps them). Two worlds equal here hold the same inbox.
 */
export function canonical(world: World): unknown {
  const user = new Map(world.users.map((u, i) => [u.id, i]));
  const channel = new Map(world.channels.map((c, i) => [c.id, i]));
  const conversation = new Map(world.conversations.map((c, i) => [c.id, i]));
  const owner = (id: string | null): number | null => (id === null ? null : (user.get(id) ?? -1));
  return {
    clock: world.clock,
    account: {
      tier: world.account.tier,
      helpDeskBeta: world.account.helpDeskBeta,
      notificationsOn: world.account.notificationsOn,
      sla: world.account.sla,
      statuses: world.account.pipeline.statuses,
    },
    users: world.users.map(({ name, email, superAdmin, helpDeskAccess }) => ({
      name,
      email,
      superAdmin,
      helpDeskAccess,
    })),
    channels: world.channels.map(({ kind, surface, emailAddressKind, name, address, location }) => ({
      kind,
      surface,
      emailAddressKind,
      name,
      address,
      location,
    })),
    conversations: world.conversations.map((c) => ({
      subject: c.subject,
      contact: [c.contactName, c.contactEmail],
      history: c.channelHistory.map((id) => channel.get(id)),
      startedAt: c.startedAt,
      status: c.status,
      owner: owner(c.ownerId),
      location: c.location,
      // A message's kind is not in the export: the import derives it from its channel (a form
      // thread's first message is the submission), which fixtures.test.ts checks.
      messages: c.messages.map((m) => ({
        id: m.id,
        at: m.at,
        channel: channel.get(m.channelId),
        author: m.author,
        body: m.body,
      })),
    })),
    tickets: world.tickets.map((t) => ({
      conversation: conversation.get(t.conversationId),
      subject: t.subject,
      createdAt: t.createdAt,
      status: t.status,
      owner: owner(t.ownerId),
      location: t.location,
      sla: t.sla,
    })),
  };
}
