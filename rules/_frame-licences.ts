import type { Command, Conversation, Message, Trace } from '../domain/index.ts';
import { currentChannelId, DAY } from '../domain/index.ts';
import { conversationOf } from './_commands.ts';

/** What the script's accepted commands did to one conversation, in script order. */
export interface ConversationCommands {
  /** The first accepted `conversation-arrives` for this ID (the arrival's own copy). */
  arrival: Conversation | undefined;
  /** Replies, in order, each message ID once (a redelivered reply is idempotent). */
  readonly replies: Message[];
  /** `change-channel` targets, in order. */
  readonly channelChanges: string[];
  /** Lifecycle commands (close, reopen, reassign), in order: they license status and owner. */
  readonly lifecycle: Command[];
}

/**
 * The licences INV-7 reads, built once from the world before and the commands the harness sent
 * (never from the event log: the frame must not take the system's word for what it did). Only
 * accepted commands license anything: a refused or invalid one changes nothing (INV-6).
 */
export interface FrameLicences {
  readonly byConversation: ReadonlyMap<string, ConversationCommands>;
  /** Channels an accepted `start-move` named. */
  readonly started: ReadonlySet<string>;
  /** Channels a conversation may be taken to help desk through: started, or not in the inbox before. */
  readonly helpDeskChannels: ReadonlySet<string>;
  /** The last accepted `set-help-desk-access` per user. */
  readonly access: ReadonlyMap<string, boolean>;
  /** Users whose access was off at some point (before, or set off by a command): OPEN-1 may unassign. */
  readonly lackedAccess: ReadonlySet<string>;
  /** The last accepted `set-notifications`, if any. */
  readonly notificationsOn: boolean | undefined;
  /** How far the clock may have moved: the sum of accepted advances and run-until-idle limits. */
  readonly clockBudget: number;
}

const validAmount = (ms: number): boolean => Number.isFinite(ms) && ms >= 0;

/** `run-until-idle` without `maxMs` runs at most 30 days (SEMANTICS.md). */
const IDLE_LIMIT = 30 * DAY;

function record(map: Map<string, ConversationCommands>, id: string): ConversationCommands {
  let entry = map.get(id);
  if (entry === undefined) {
    entry = { arrival: undefined, replies: [], channelChanges: [], lifecycle: [] };
    map.set(id, entry);
  }
  return entry;
}

/** Builds the licences in one pass over the script (its length, not the world's size). */
export function frameLicences(trace: Trace): FrameLicences {
  const byConversation = new Map<string, ConversationCommands>();
  const started = new Set<string>();
  const access = new Map<string, boolean>();
  const lackedAccess = new Set(trace.before.users.filter((u) => !u.helpDeskAccess).map((u) => u.id));
  let notificationsOn: boolean | undefined;
  let clockBudget = 0;
  for (const { command, result } of trace.steps) {
    if (result.status !== 'accepted') continue;
    const id = conversationOf(command);
    const entry = id === undefined ? undefined : record(byConversation, id);
    switch (command.type) {
      case 'start-move':
        started.add(command.channelId);
        break;
      case 'conversation-arrives':
        if (entry !== undefined) entry.arrival ??= command.conversation;
        break;
      case 'reply-arrives':
        if (entry !== undefined && !entry.replies.some((m) => m.id === command.message.id))
          entry.replies.push(command.message);
        break;
      case 'change-channel':
        entry?.channelChanges.push(command.toChannelId);
        break;
      case 'close-conversation':
      case 'reopen-conversation':
      case 'reassign-conversation':
        entry?.lifecycle.push(command);
        break;
      case 'set-help-desk-access':
        access.set(command.userId, command.access);
        if (!command.access) lackedAccess.add(command.userId);
        break;
      case 'set-notifications':
        notificationsOn = command.on;
        break;
      // A negative or non-finite amount is invalid (SEMANTICS.md) and licenses nothing.
      case 'advance':
      case 'run-until-idle': {
        const amount = command.type === 'advance' ? command.ms : (command.maxMs ?? IDLE_LIMIT);
        if (validAmount(amount)) clockBudget += amount;
        break;
      }
      // Exhaustive on purpose: a new command type must say what it licenses (here: nothing).
      case 'leave-progress-page':
      case 'cancel-move':
      case 'move-back':
      case 'move-history-later':
      case 'worker-crash':
      case 'worker-restart':
        break;
    }
  }
  const helpDeskChannels = new Set(started);
  for (const channel of trace.before.channels)
    if (channel.location !== 'inbox') helpDeskChannels.add(channel.id);
  return { byConversation, started, helpDeskChannels, access, lackedAccess, notificationsOn, clockBudget };
}

/** The status and owner the lifecycle commands leave (OPEN-9 decides when, not whether). */
export function lifecycleOutcome(
  base: Pick<Conversation, 'status' | 'ownerId'>,
  commands: readonly Command[],
): Pick<Conversation, 'status' | 'ownerId'> {
  let { status, ownerId } = base;
  for (const command of commands) {
    if (command.type === 'close-conversation') status = 'closed';
    else if (command.type === 'reopen-conversation') status = 'open';
    else if (command.type === 'reassign-conversation') ownerId = command.ownerId;
  }
  return { status, ownerId };
}

/**
 * Whether a rule lets the conversation go from the inbox to help desk: its channel before was
 * moved (HIST-9, OPEN-3 `at-move-start`); it was changed into a moving or help desk channel (OPEN-3,
 * NEW-1); it arrived in one (MOVE-2, NEW-1); or, under OPEN-2 `moves`, a reply came to it in a
 * channel that is in help desk.
 */
export function mayEnterHelpDesk(
  licences: FrameLicences,
  before: Conversation | undefined,
  commands: ConversationCommands | undefined,
  open2Moves: boolean,
): boolean {
  const into = licences.helpDeskChannels;
  if (before !== undefined && licences.started.has(currentChannelId(before))) return true;
  if (commands === undefined) return false;
  if (commands.channelChanges.some((channel) => into.has(channel))) return true;
  if (before === undefined && commands.arrival !== undefined && into.has(currentChannelId(commands.arrival)))
    return true;
  if (!open2Moves || commands.replies.length === 0) return false;
  const base = before ?? commands.arrival;
  return base !== undefined && [currentChannelId(base), ...commands.channelChanges].some((c) => into.has(c));
}
