import {
  build,
  channelMessageKind,
  DEFAULT_PIPELINE,
  type Account,
  type Channel,
  type Conversation,
  type Message,
  type MessageKind,
  type Pipeline,
  type Ticket,
} from '../domain/index.ts';
import { messageKindOf } from '../generators/index.ts';
import { slaFor } from '../scenarios/compile/build-conversation.ts';
import type { ApiPipeline } from './api-schemas.ts';
import type { DraftMessage, ExportState, ThreadRecord } from './export-state.ts';
import { worldId, type ChannelMap, type People } from './build-people.ts';

/**
 * A message's kind, which the API does not carry: the first message of a form thread is the
 * submission, everything else what its channel carries (a reply to a form goes out by email), as the
 * generators map it.
 */
function kindOf(channel: Channel, first: boolean): MessageKind {
  return first ? channelMessageKind(channel.kind) : messageKindOf(channel);
}

/** Consecutive channels of the messages, after the thread's original one (HIST-7: the last is current). */
function historyOf(thread: ThreadRecord, messages: readonly DraftMessage[]): string[] {
  const history = [thread.originalAccountId];
  for (const message of messages) {
    // Still the channel account ID: the draft is filled in after this.
    if (message.channelId !== history[history.length - 1]) history.push(message.channelId);
  }
  return history;
}

/** The conversations of the export's threads; a thread with a channel that has no kind is not mapped. */
export function buildConversations(state: ExportState, people: People, channels: ChannelMap): Conversation[] {
  const conversations: Conversation[] = [];
  for (const thread of state.threads.values()) {
    // Stable: messages with the same time keep the API's order.
    const raw = thread.messages.sort((a, b) => a.at - b.at);
    const history = historyOf(thread, raw);
    const resolved: Channel[] = [];
    let reason: string | undefined;
    for (const accountId of history) {
      const channel = channels.byAccount.get(accountId);
      if (channel === undefined) reason = `channel account ${accountId} is not in channel-accounts*.json`;
      else if ('reason' in channel) reason = `channel account ${accountId}: ${channel.reason}`;
      else resolved.push(channel);
      if (reason !== undefined) break;
    }
    if (reason !== undefined) {
      state.unmapped.add('threads', reason, thread.id);
      state.threads.delete(thread.id);
      continue;
    }
    const channelOf = new Map(history.map((accountId, i) => [accountId, resolved[i] as Channel]));
    const id = worldId.conversation(thread.id);
    raw.forEach((draft, index) => {
      const channel = channelOf.get(draft.channelId) as Channel;
      draft.channelId = channel.id;
      draft.kind = kindOf(channel, index === 0);
    });
    // An exact-size copy of the array (not of the messages): a pushed-to array keeps room for
    // 17, ~100 bytes a thread more.
    const messages: readonly Message[] = raw.slice();
    if (messages.length === 0)
      state.unmapped.add('threads', 'no messages in messages*.json (imported without messages)', thread.id);
    const channelIds = resolved.map((channel) => channel.id);
    const startedAt = Math.min(thread.createdAt, messages[0]?.at ?? thread.createdAt);
    conversations.push(
      build.conversation(id, channelIds, startedAt, {
        subject: thread.subject?.text ?? '',
        contactName: thread.contact?.name ?? '',
        contactEmail: thread.contact?.email ?? '',
        status: thread.open ? 'open' : 'closed',
        ownerId: ownerOf(thread, state, people),
        messages,
        location: state.inboxes.get(thread.inboxId) === 'HELP_DESK' ? 'help-desk' : 'inbox',
      }),
    );
    // The world holds it now; dropping the record as we go keeps the peak at the larger of the
    // two forms of the inbox instead of their sum (deleting the entry being visited is safe).
    state.threads.delete(thread.id);
  }
  return conversations;
}

function ownerOf(thread: ThreadRecord, state: ExportState, people: People): string | null {
  const actor = thread.assignedTo;
  if (actor === undefined || actor === '') return null;
  const agent = /^A-(.+)$/.exec(actor);
  if (agent === null) {
    state.unmapped.add(
      'thread owners',
      'the assignee is an actor that is not a user (bot, integration, system ...): no owner',
      actor,
    );
    return null;
  }
  const user = people.userOfActor.get(agent[1] ?? '');
  if (user === undefined)
    state.unmapped.add('thread owners', 'agent not in owners*.json or users*.json: no owner', actor);
  return user ?? null;
}

/** The help desk pipeline: `--pipeline`, else the one most of the export's tickets use (ties: the first listed). */
export function choosePipeline(state: ExportState, requested: string | undefined): ApiPipeline | undefined {
  if (requested !== undefined) return state.pipelines.find((pipeline) => pipeline.id === requested);
  const uses = new Map<string, number>();
  for (const ticket of state.tickets)
    if (ticket.pipeline !== undefined) uses.set(ticket.pipeline, (uses.get(ticket.pipeline) ?? 0) + 1);
  let best: ApiPipeline | undefined;
  for (const pipeline of state.pipelines) {
    if (best === undefined || (uses.get(pipeline.id) ?? 0) > (uses.get(best.id) ?? 0)) best = pipeline;
  }
  return best;
}

/** Its stages in display order, as statuses. */
export function pipelineOf(api: ApiPipeline | undefined): Pipeline {
  if (api === undefined) return DEFAULT_PIPELINE;
  const stages = api.stages.map((stage, i) => ({ stage, i }));
  stages.sort((a, b) => (a.stage.displayOrder ?? a.i) - (b.stage.displayOrder ?? b.i) || a.i - b.i);
  return { id: DEFAULT_PIPELINE.id, statuses: stages.map(({ stage }) => stage.label) };
}

/** The tickets associated with imported conversations, in the pipeline's statuses. */
export function buildTickets(
  state: ExportState,
  people: People,
  account: Account,
  pipeline: ApiPipeline | undefined,
  conversations: ReadonlyMap<string, Conversation>,
): Ticket[] {
  const tickets: Ticket[] = [];
  const labels = new Map(pipeline?.stages.map((stage) => [stage.id, stage.label]));
  for (const record of state.tickets) {
    const conversation = conversations.get(worldId.conversation(record.threadId ?? ''));
    const skip = (reason: string): void => state.unmapped.add('tickets', reason, record.id);
    if (record.threadId === undefined) {
      skip('associated with no thread of the export');
      continue;
    }
    if (conversation === undefined) {
      skip('its thread was not imported (see threads above)');
      continue;
    }
    const status = record.stage === undefined ? undefined : labels.get(record.stage);
    if (pipeline === undefined || record.pipeline !== pipeline.id || status === undefined) {
      skip(`not in a stage of the help desk pipeline ${pipeline?.id ?? '(no pipelines file)'}`);
      continue;
    }
    let ownerId: string | null = null;
    if (record.ownerId !== undefined && record.ownerId !== '') {
      ownerId = people.userOfOwner.get(record.ownerId) ?? null;
      if (ownerId === null)
        state.unmapped.add('ticket owners', 'owner not in owners*.json: no owner', record.ownerId);
    }
    const createdAt = record.createdAt ?? conversation.startedAt;
    tickets.push(
      build.ticket(worldId.ticket(record.id), conversation.id, createdAt, {
        subject: record.subject,
        status,
        ownerId,
        location: conversation.location,
        sla: conversation.location === 'help-desk' ? slaFor(account, createdAt) : null,
      }),
    );
  }
  return tickets;
}
