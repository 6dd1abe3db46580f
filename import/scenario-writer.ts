import {
  currentChannelId,
  DEFAULT_PROFILE,
  PROFILES,
  WEEKDAYS,
  type Channel,
  type SlaPolicy,
  type Ticket,
  type World,
} from '../domain/index.ts';

/**
 * A value as one line of YAML: JSON is YAML 1.2 flow syntax, so `JSON.stringify` writes any
 * entry, however hostile its strings, in one pass and without holding the whole file. Characters
 * YAML does not allow unescaped (C1 controls, DEL, BOM, line and paragraph separators) are
 * escaped the way both JSON and YAML read them back.
 */
export function yamlFlow(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

const iso = (ms: number): string => new Date(ms).toISOString();

function slaInput(sla: SlaPolicy | null): unknown {
  if (sla === null) return 'none';
  const { operatingHours, ...targets } = sla;
  if (operatingHours === undefined) return targets;
  const hhmm = (minutes: number): string =>
    `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  const days = Object.fromEntries(
    WEEKDAYS.flatMap((day, i) => {
      const intervals = operatingHours.week[i] ?? [];
      return intervals.length === 0
        ? []
        : [[day, intervals.map(([from, to]) => `${hhmm(from)}-${hhmm(to)}`)]];
    }),
  );
  return { ...targets, operatingHours: { utcOffsetMinutes: operatingHours.utcOffsetMinutes, ...days } };
}

function channelInput(channel: Channel): unknown {
  return {
    id: channel.id,
    kind: channel.kind,
    name: channel.name,
    address: channel.address,
    ...(channel.surface !== undefined && { surface: channel.surface }),
    ...(channel.emailAddressKind !== undefined && { emailAddressKind: channel.emailAddressKind }),
    location: channel.location,
  };
}

/** The channel a demo move takes: the movable channel (default profile) with the most conversations. */
function biggestMovable(world: World): Channel | undefined {
  const rules = PROFILES[DEFAULT_PROFILE];
  const sizes = new Map<string, number>();
  for (const c of world.conversations)
    sizes.set(currentChannelId(c), (sizes.get(currentChannelId(c)) ?? 0) + 1);
  const movable = world.channels.filter(
    (channel) =>
      channel.location === 'inbox' &&
      rules.movableKinds.includes(channel.kind) &&
      channel.surface !== 'whatsapp' &&
      channel.surface !== 'messenger' &&
      (rules.fallbackEmailMovable || channel.emailAddressKind !== 'fallback'),
  );
  return movable.reduce<Channel | undefined>(
    (best, channel) =>
      best === undefined || (sizes.get(channel.id) ?? 0) > (sizes.get(best.id) ?? 0) ? channel : best,
    undefined,
  );
}

/**
 * The world as a scenario file (scenarios/FORMAT.md) that `run` and `preview --inbox` load back
 * to the same world: every field written out, times as ISO dates, one line per conversation.
 * With a Super Admin and a movable channel, its script moves the biggest channel with history.
 */
export function writeScenario(world: World, source: string, write: (text: string) => void): void {
  const admin = world.users.find((user) => user.superAdmin);
  const channel = biggestMovable(world);
  write(
    `# Written by inbox-move-sim import api-export from ${yamlFlow(source)}; the mapping report says what was assumed.\n`,
  );
  write(`id: imported-inbox\n`);
  write(`title: Inbox imported from a Conversations API export\n`);
  write(
    `description: ${yamlFlow(`${world.conversations.length} conversations of ${source}; preview a move with: inbox-move-sim preview --inbox <this file>`)}\n`,
  );
  write(`targets: [HIST-1, HIST-2, HIST-7, HIST-8]\n`);
  write(`start: ${yamlFlow(iso(world.clock))}\n`);
  const a = world.account;
  write(
    `account: ${yamlFlow({ id: a.id, name: a.name, tier: a.tier, beta: a.helpDeskBeta, notifications: a.notificationsOn, sla: slaInput(a.sla), pipeline: a.pipeline.statuses })}\n`,
  );
  write(world.users.length === 0 ? 'users: []\n' : 'users:\n');
  for (const u of world.users) {
    write(
      `  - ${yamlFlow({ id: u.id, name: u.name, email: u.email, superAdmin: u.superAdmin, helpDeskAccess: u.helpDeskAccess })}\n`,
    );
  }
  write(world.channels.length === 0 ? 'channels: []\n' : 'channels:\n');
  for (const c of world.channels) write(`  - ${yamlFlow(channelInput(c))}\n`);
  const ticketsOf = new Map<string, Ticket[]>();
  for (const t of world.tickets)
    ticketsOf.set(t.conversationId, [...(ticketsOf.get(t.conversationId) ?? []), t]);
  write(world.conversations.length === 0 ? 'conversations: []\n' : 'conversations:\n');
  for (const c of world.conversations) {
    const entry = {
      id: c.id,
      channels: c.channelHistory,
      subject: c.subject,
      contact: { name: c.contactName, email: c.contactEmail },
      status: c.status,
      owner: c.ownerId,
      startedAt: iso(c.startedAt),
      location: c.location,
      messages: c.messages.map((m) => ({
        id: m.id,
        at: iso(m.at),
        channel: m.channelId,
        kind: m.kind,
        author: m.author,
        body: m.body,
      })),
      tickets: (ticketsOf.get(c.id) ?? []).map((t) => ({
        id: t.id,
        status: t.status,
        owner: t.ownerId,
        createdAt: iso(t.createdAt),
        subject: t.subject,
      })),
    };
    write(`  - ${yamlFlow(entry)}\n`);
  }
  if (admin !== undefined && channel !== undefined) {
    write(
      `script:\n  - start-move: ${yamlFlow({ channel: channel.id, by: admin.id, history: 'all' })}\n  - run-until-idle\n`,
    );
  }
}
