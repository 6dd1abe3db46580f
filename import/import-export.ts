import { resolve } from 'node:path';
import {
  build,
  currentChannelId,
  InputError,
  validateWorld,
  type Account,
  type Conversation,
  type Ticket,
  type World,
} from '../domain/index.ts';
import { buildChannels, buildUsers, kindLabel } from './build-people.ts';
import { buildConversations, buildTickets, choosePipeline, pipelineOf } from './build-conversations.ts';
import type { ExportState } from './export-state.ts';
import { DEFAULT_IMPORT_OPTIONS, type ImportOptions } from './import-options.ts';
import type { MappingReport } from './mapping-report.ts';
import { readExport, type ReadFigures } from './read-export.ts';

export interface ImportResult {
  readonly world: World;
  readonly report: MappingReport;
}

/**
 * `import api-export <folder>`: an export of the Conversations API (and the CRM objects it
 * refers to) as a World, with the report of what was mapped, left out and assumed.
 */
export async function importApiExport(
  folder: string,
  options: Partial<ImportOptions> = {},
  cwd: string = process.cwd(),
): Promise<ImportResult> {
  const settings: ImportOptions = { ...DEFAULT_IMPORT_OPTIONS, ...options };
  const { state, figures } = await readExport(resolve(cwd, folder), cwd, settings.bodies);
  return mapExport(state, figures, settings, options);
}

function mapExport(
  state: ExportState,
  figures: ReadFigures,
  settings: ImportOptions,
  given: Partial<ImportOptions>,
): ImportResult {
  const people = buildUsers(state, settings);
  const channels = buildChannels(state, settings);
  const pipeline = choosePipeline(state, settings.pipeline);
  if (settings.pipeline !== undefined && pipeline === undefined) {
    const ids = state.pipelines.map((p) => p.id).join(', ');
    throw new InputError(
      'UNKNOWN_PIPELINE',
      null,
      '--pipeline',
      `a pipeline of pipelines*.json (${ids})`,
      `'${settings.pipeline}'`,
    );
  }
  const account: Account = build.account({
    id: 'account-1',
    name: 'Imported inbox',
    tier: settings.tier,
    helpDeskBeta: settings.beta,
    notificationsOn: settings.notifications,
    sla: settings.sla,
    pipeline: pipelineOf(pipeline),
  });
  const conversations = buildConversations(state, people, channels);
  const byId = new Map(conversations.map((conversation) => [conversation.id, conversation]));
  const tickets = inConversationOrder(buildTickets(state, people, account, pipeline, byId), conversations);
  byId.clear();
  const kept = keepHelpDeskConsistent(conversations, tickets, state);
  const clock = settings.clock ?? (Number.isFinite(state.latest) ? state.latest : 0);
  const world: World = build.world({
    clock,
    account,
    users: people.users,
    channels: channels.channels,
    ...kept,
  });
  const problem = validateWorld(world)[0];
  if (problem !== undefined) {
    throw new InputError(
      'EXPORT_INCONSISTENT',
      null,
      `world.${problem.path}`,
      problem.expected,
      problem.found,
    );
  }
  const assumed = [
    ...people.assumed,
    ...(pipeline === undefined
      ? [
          `pipeline: the default help desk pipeline (${account.pipeline.statuses.join(', ')}), no pipelines file`,
        ]
      : [
          `pipeline: ${pipeline.id} "${pipeline.label}"${given.pipeline === undefined ? ' (used by most tickets)' : ''}`,
        ]),
    said('tier', settings.tier, given.tier),
    said('help desk beta', settings.beta ? 'on' : 'off', given.beta),
    said('notifications', settings.notifications ? 'on' : 'off', given.notifications),
    said(
      'SLAs',
      settings.sla === null
        ? 'none'
        : `${settings.sla.firstReplyMinutes}/${settings.sla.nextReplyMinutes}/${settings.sla.timeToCloseMinutes} min, ${settings.sla.schedule}`,
      given.sla,
    ),
    said('clock', new Date(clock).toISOString(), given.clock, 'the latest time in the export'),
    'channel settings (signature, routing, automation, ticket creation): the scenario defaults',
    ...(settings.bodies ? [] : ['message bodies: left empty (--no-bodies)']),
  ];
  return { world, report: reportOf(world, state, figures, assumed) };
}

/**
 * Grouped by conversation, in conversation order (the order a scenario file lists them in), each
 * conversation's tickets in export order; without a second million-entry map.
 */
function inConversationOrder(tickets: readonly Ticket[], conversations: readonly Conversation[]): Ticket[] {
  const of = new Map<string, Ticket[]>();
  for (const ticket of tickets) {
    const list = of.get(ticket.conversationId);
    if (list === undefined) of.set(ticket.conversationId, [ticket]);
    else list.push(ticket);
  }
  const ordered: Ticket[] = [];
  for (const conversation of conversations) ordered.push(...(of.get(conversation.id) ?? []));
  return ordered;
}

/**
 * The help desk holds each conversation with exactly one ticket (INV-3): a help desk thread the
 * export gives no ticket for is left out, a second ticket of one is left out, both reported.
 */
function keepHelpDeskConsistent(
  conversations: Conversation[],
  tickets: Ticket[],
  state: ExportState,
): Pick<World, 'conversations' | 'tickets'> {
  const seen = new Set<string>();
  const keptTickets = tickets.filter((ticket) => {
    if (ticket.location !== 'help-desk') return true;
    if (!seen.has(ticket.conversationId)) return seen.add(ticket.conversationId);
    state.unmapped.add(
      'tickets',
      'a second ticket of a help desk conversation (the help desk keeps one per conversation)',
      ticket.id.replace(/^ticket-/, ''),
    );
    return false;
  });
  const keptConversations = conversations.filter((conversation) => {
    if (conversation.location !== 'help-desk' || seen.has(conversation.id)) return true;
    state.unmapped.add(
      'threads',
      'in the help desk without a ticket in the export (each help desk conversation has one)',
      conversation.id.replace(/^thread-/, ''),
    );
    return false;
  });
  return { conversations: keptConversations, tickets: keptTickets };
}

function said(what: string, value: string, given: unknown, otherwise = 'default'): string {
  return `${what}: ${value} (${given === undefined ? otherwise : 'given'})`;
}

function reportOf(world: World, state: ExportState, figures: ReadFigures, assumed: string[]): MappingReport {
  const perChannel = new Map<string, number>();
  const perKind: Record<string, number> = {};
  const ticketsOf = new Map<string, number>();
  for (const ticket of world.tickets)
    ticketsOf.set(ticket.conversationId, (ticketsOf.get(ticket.conversationId) ?? 0) + 1);
  const channelOf = new Map(world.channels.map((channel) => [channel.id, channel]));
  let open = 0;
  let withTicket = 0;
  let several = 0;
  let messages = 0;
  const owners = new Set<string>();
  for (const conversation of world.conversations) {
    const current = currentChannelId(conversation);
    perChannel.set(current, (perChannel.get(current) ?? 0) + 1);
    const channel = channelOf.get(current);
    const label = channel === undefined ? 'unknown' : kindLabel(channel);
    perKind[label] = (perKind[label] ?? 0) + 1;
    if (conversation.status === 'open') open += 1;
    const count = ticketsOf.get(conversation.id) ?? 0;
    if (count > 0) withTicket += 1;
    if (count > 1) several += 1;
    messages += conversation.messages.length;
    if (conversation.ownerId !== null) owners.add(conversation.ownerId);
  }
  for (const ticket of world.tickets) if (ticket.ownerId !== null) owners.add(ticket.ownerId);
  const withoutAccess = world.users
    .filter((user) => owners.has(user.id) && !user.helpDeskAccess)
    .map((user) => user.id);
  return {
    filesRead: figures.filesRead,
    pagesRead: figures.pagesRead,
    filesNotRead: figures.filesNotRead,
    counts: {
      threadsInExport: state.threadsInExport,
      conversations: world.conversations.length,
      messages,
      tickets: world.tickets.length,
      users: world.users.length,
      channels: world.channels.length,
    },
    perChannelKind: perKind,
    channels: world.channels.map((channel) => ({
      id: channel.id,
      name: channel.name,
      kind: kindLabel(channel),
      conversations: perChannel.get(channel.id) ?? 0,
    })),
    perStatus: { open, closed: world.conversations.length - open },
    tickets: {
      conversationsWithTicket: withTicket,
      conversationsWithoutTicket: world.conversations.length - withTicket,
      conversationsWithSeveralTickets: several,
    },
    ownersWithoutAccess: { count: withoutAccess.length, examples: withoutAccess.slice(0, 5) },
    notMapped: state.unmapped.list(),
    assumed,
  };
}
