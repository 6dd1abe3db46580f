import type {
  Command,
  Conversation,
  ConversationStatus,
  SimTime,
  Trace,
  TraceStep,
  User,
} from '../domain/index.ts';
import { currentChannelId } from '../domain/index.ts';
import { conversationOf } from './_commands.ts';
import { IdTable, ListColumn } from './id-table.ts';
import type { TraceIndex } from './trace-index.ts';

/**
 * What the HIST checkers compare a system's tickets with: a conversation as the world before (or
 * its `conversation-arrives` command) had it, advanced by the script's own accepted commands — never
 * the conversation in the world after, which a system that rewrites conversations would also rewrite.
 */
export interface ConversationState {
  readonly status: ConversationStatus;
  readonly ownerId: string | null;
  readonly startedAt: SimTime;
  /** The current channel (the last of its history, HIST-7). */
  readonly channelId: string;
}

/**
 * The state after one accepted command aimed at the conversation (`conversationOf`, rules/_commands.ts).
 * EXTENSION POINT: a new command that changes a conversation's status, owner, start date or channel
 * gets a case here; every command type is listed (no default), so none is forgotten. Replies append
 * messages only and arrivals are the origin: they change none of these fields.
 */
function applyCommand(state: ConversationState, command: Command): ConversationState {
  switch (command.type) {
    case 'change-channel':
      return { ...state, channelId: command.toChannelId };
    // OPEN-9: close, reopen and reassign change the conversation's status or owner, nothing else.
    case 'close-conversation':
      return { ...state, status: 'closed' };
    case 'reopen-conversation':
      return { ...state, status: 'open' };
    case 'reassign-conversation':
      return { ...state, ownerId: command.ownerId };
    case 'start-move':
    case 'conversation-arrives':
    case 'reply-arrives':
    case 'set-help-desk-access':
    case 'set-notifications':
    case 'advance':
    case 'run-until-idle':
    case 'leave-progress-page':
    case 'cancel-move':
    case 'move-back':
    case 'move-history-later':
    case 'worker-crash':
    case 'worker-restart':
      return state;
  }
}

function stateOf(conversation: Conversation): ConversationState {
  return {
    status: conversation.status,
    ownerId: conversation.ownerId,
    startedAt: conversation.startedAt,
    channelId: currentChannelId(conversation),
  };
}

const accepted = (step: TraceStep): boolean => step.result.status === 'accepted';

/**
 * The script's own account of every conversation and user: built once per trace in one pass over
 * the steps; each lookup walks only the (short) list of commands aimed at that conversation or user.
 */
export class ScriptHistory {
  private readonly arrivals = new Map<
    string,
    { readonly step: number; readonly conversation: Conversation }
  >();
  private readonly commands: ListColumn<number>;
  private readonly accessCommands: ListColumn<number>;
  private readonly users: ReadonlyMap<string, User>;
  /** First step whose recorded world shows each conversation in help desk (built on first need). */
  private helpDeskSteps: Map<string, number> | undefined;

  constructor(
    private readonly ix: TraceIndex,
    private readonly trace: Trace = ix.trace,
  ) {
    this.users = ix.usersBefore;
    // Keyed like the trace index's conversations: most lookups are of every conversation in order.
    this.commands = ix.movedByConv.alongside<number>();
    this.accessCommands = new ListColumn<number>(new IdTable());
    for (const step of trace.steps) {
      if (!accepted(step)) continue;
      const { command } = step;
      if (command.type === 'conversation-arrives') {
        const { id } = command.conversation;
        // Only the first delivery counts: a redelivery is idempotent (SEMANTICS.md).
        if (!ix.convsBefore.has(id) && !this.arrivals.has(id))
          this.arrivals.set(id, { step: step.index, conversation: command.conversation });
      } else if (command.type === 'set-help-desk-access') {
        this.accessCommands.add(command.userId, step.index);
      } else if (command.type !== 'reply-arrives') {
        // A reply changes none of the fields tracked here, so it is no change of the conversation.
        const id = conversationOf(command);
        if (id !== undefined) this.commands.add(id, step.index);
      }
    }
  }

  /** The conversation as the harness first knew it: in the world before, or as its arrival sent it. */
  origin(id: string): Conversation | undefined {
    return this.ix.convsBefore.get(id) ?? this.arrivals.get(id)?.conversation;
  }

  /** The step of its first accepted arrival; -1 when it was in the world before; undefined if neither. */
  arrivalStep(id: string): number | undefined {
    if (this.ix.convsBefore.has(id)) return -1;
    return this.arrivals.get(id)?.step;
  }

  /** Steps of the accepted commands that changed the conversation, ascending. */
  changes(id: string): readonly number[] {
    return this.commands.get(id);
  }

  /** The conversation after the accepted commands of steps 0..`step` (undefined before it exists). */
  at(id: string, step: number): ConversationState | undefined {
    // `origin` and `arrivalStep` in one lookup of the world before: asked per moved conversation.
    const before = this.ix.convsBefore.get(id);
    const arrival = before === undefined ? this.arrivals.get(id) : undefined;
    const origin = before ?? arrival?.conversation;
    const arrived = before === undefined ? arrival?.step : -1;
    if (origin === undefined || arrived === undefined || arrived > step) return undefined;
    let state = stateOf(origin);
    for (const s of this.commands.get(id)) {
      if (s > step) break;
      const command = this.trace.steps[s]?.command;
      if (command !== undefined) state = applyCommand(state, command);
    }
    return state;
  }

  /** Help desk access of a user after the accepted `set-help-desk-access` commands of steps 0..`step`. */
  accessAt(userId: string, step: number): boolean {
    let access = this.users.get(userId)?.helpDeskAccess ?? false;
    for (const s of this.accessCommands.get(userId)) {
      if (s > step) break;
      const command = this.trace.steps[s]?.command;
      if (command?.type === 'set-help-desk-access') access = command.access;
    }
    return access;
  }

  /** Steps of accepted `set-help-desk-access` commands for a user, ascending. */
  accessChanges(userId: string): readonly number[] {
    return this.accessCommands.get(userId);
  }

  /**
   * The first step whose recorded world (small worlds only) shows the conversation in help desk;
   * undefined when worlds were not recorded or it never was. One pass over the recorded worlds,
   * done only when a lookup needs it (a conversation changed by a command while its move ran).
   */
  helpDeskStep(id: string): number | undefined {
    if (this.helpDeskSteps === undefined) {
      const first = new Map<string, number>();
      for (const step of this.trace.steps) {
        if (step.world === undefined) continue;
        for (const c of step.world.conversations)
          if (c.location === 'help-desk' && !first.has(c.id)) first.set(c.id, step.index);
      }
      this.helpDeskSteps = first;
    }
    return this.helpDeskSteps.get(id);
  }
}

const CACHE = new WeakMap<TraceIndex, ScriptHistory>();

/** The script history of a trace, built on first use. */
export function scriptHistory(ix: TraceIndex): ScriptHistory {
  const cached = CACHE.get(ix);
  if (cached !== undefined) return cached;
  const built = new ScriptHistory(ix);
  CACHE.set(ix, built);
  return built;
}
