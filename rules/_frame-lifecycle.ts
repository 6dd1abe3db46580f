import type { Conversation, EventBody, Trace, TraceStep, World } from '../domain/index.ts';
import type { CommandIndex } from './_commands.ts';
import type { Findings } from './verdict.ts';
import { canonicalJson } from './canonical.ts';

type Lifecycle = Pick<Conversation, 'status' | 'ownerId'>;

const LIFECYCLE_EVENTS: ReadonlySet<string> = new Set([
  'conversation-closed',
  'conversation-reopened',
  'conversation-reassigned',
]);

// Per-step worlds share unchanged lists (copy-on-write), so an index per list is built once.
const BY_ID = new WeakMap<readonly Conversation[], Map<string, Conversation>>();

function conversationIn(world: World, id: string): Conversation | undefined {
  let index = BY_ID.get(world.conversations);
  if (index === undefined) {
    index = new Map();
    for (const c of world.conversations) if (!index.has(c.id)) index.set(c.id, c);
    BY_ID.set(world.conversations, index);
  }
  return index.get(id);
}

/** The event bodies of a step, without seq and at, as comparable text. */
function bodiesOf(trace: Trace, step: TraceStep, keep: (type: string) => boolean): string[] {
  const out: string[] = [];
  for (let e = step.eventsFrom; e < step.eventsTo; e += 1) {
    const event = trace.events[e];
    if (event === undefined || !keep(event.type)) continue;
    const { seq: _seq, at: _at, ...body } = event;
    out.push(canonicalJson(body));
  }
  return out;
}

const text = (bodies: readonly EventBody[]) => bodies.map((b) => canonicalJson(b));

/**
 * What the commands that change one thing must log, by the command and the state before it
 * (SEMANTICS.md, "Other commands" and "Conversation lifecycle"): the event the change names, with
 * its body, and nothing when nothing changes. Undefined for commands judged elsewhere.
 */
function expectedEvents(step: TraceStep, state: Lifecycle | undefined): EventBody[] | undefined {
  const { command } = step;
  switch (command.type) {
    case 'set-help-desk-access':
      return [{ type: 'access-changed', userId: command.userId, access: command.access }];
    case 'set-notifications':
      return [{ type: 'notifications-changed', on: command.on }];
    case 'worker-crash':
      return [{ type: 'worker-crashed' }];
    case 'worker-restart':
      return [{ type: 'worker-restarted' }];
    case 'leave-progress-page':
      return [{ type: 'progress-page-left', userId: command.userId }];
    case 'close-conversation':
    case 'reopen-conversation': {
      const closing = command.type === 'close-conversation';
      if (state === undefined || state.status === (closing ? 'closed' : 'open')) return [];
      const type = closing ? 'conversation-closed' : 'conversation-reopened';
      return [{ type, conversationId: command.conversationId }];
    }
    case 'reassign-conversation': {
      if (state === undefined || state.ownerId === command.ownerId) return [];
      const { conversationId, ownerId } = command;
      return [{ type: 'conversation-reassigned', conversationId, fromOwnerId: state.ownerId, ownerId }];
    }
    // Listed, not defaulted: a new command type must say what it logs (here: judged elsewhere).
    case 'start-move':
    case 'conversation-arrives':
    case 'reply-arrives':
    case 'change-channel':
    case 'advance':
    case 'run-until-idle':
    case 'cancel-move':
    case 'move-back':
    case 'move-history-later':
      return undefined;
  }
}

/** The events of the expected types a command must append: access, notifications, worker, page, lifecycle. */
function typesOf(command: TraceStep['command']): (type: string) => boolean {
  const lifecycle = command.type.endsWith('-conversation') && command.type !== 'conversation-arrives';
  if (lifecycle) return (type) => LIFECYCLE_EVENTS.has(type);
  const own: Readonly<Record<string, string>> = {
    'set-help-desk-access': 'access-changed',
    'set-notifications': 'notifications-changed',
    'worker-crash': 'worker-crashed',
    'worker-restart': 'worker-restarted',
    'leave-progress-page': 'progress-page-left',
  };
  return (type) => type === own[command.type];
}

/**
 * INV-7 per step, the commands that change one thing (close, reopen, reassign, access,
 * notifications, the worker, the progress page): the state the commands imply is tracked from the
 * world before; after an accepted close / reopen / reassign the conversation shows the new status
 * or owner (in the step's world when recorded, and in the world after for the last one), and each
 * command logs exactly the event its change names, with the right body — nothing when it changes
 * nothing (a second close, the same owner). The event log is judged against the commands, never
 * the reverse. Returns the commands judged.
 */
export function frameLifecycle(ci: CommandIndex, found: Findings): number {
  const { trace } = ci.ix;
  const states = new Map<string, Lifecycle>();
  const bases = new Map<string, Lifecycle>();
  const stateOf = (id: string): Lifecycle | undefined => {
    const known = states.get(id) ?? ci.ix.convsBefore.get(id) ?? ci.deliveries.get(id)?.conversation;
    return known === undefined ? undefined : { status: known.status, ownerId: known.ownerId };
  };
  let judged = 0;
  for (const step of trace.steps) {
    if (step.result.status !== 'accepted') continue;
    const { command } = step;
    const id = 'conversationId' in command ? command.conversationId : undefined;
    const state = id === undefined ? undefined : stateOf(id);
    const expected = expectedEvents(step, state);
    if (expected === undefined) continue;
    judged += 1;
    const logged = bodiesOf(trace, step, typesOf(command));
    const wanted = text(expected);
    if (logged.join('\n') !== wanted.join('\n'))
      found.add(
        `${command.type} logs ${wanted.length === 0 ? 'no event (it changes nothing)' : wanted.join(', ')}`,
        logged.length === 0 ? 'no such event' : logged.join(', '),
        { step: step.index, ...(id === undefined ? {} : { conversations: [id] }) },
      );
    if (id === undefined || state === undefined) continue;
    const next: Lifecycle =
      command.type === 'close-conversation'
        ? { ...state, status: 'closed' }
        : command.type === 'reopen-conversation'
          ? { ...state, status: 'open' }
          : command.type === 'reassign-conversation'
            ? { ...state, ownerId: command.ownerId }
            : state;
    if (!bases.has(id)) bases.set(id, state);
    states.set(id, next);
    const shown = step.world === undefined ? undefined : conversationIn(step.world, id);
    if (shown !== undefined) judgeShown(found, command.type, id, next, shown, step.index);
  }
  // The world after: only a command not carried out (the field left as it was) is judged here; a
  // field changed to a third value is the frame's own finding (rules/_frame-conversations.ts).
  for (const [id, want] of states) {
    const after = ci.ix.convsAfter.get(id);
    const base = bases.get(id);
    if (after === undefined || base === undefined) continue;
    const statusKept = after.status !== want.status && after.status === base.status;
    const ownerKept = after.ownerId !== want.ownerId && after.ownerId === base.ownerId;
    if (statusKept || ownerKept) judgeShown(found, 'the lifecycle commands', id, want, after, undefined);
  }
  return judged;
}

function judgeShown(
  found: Findings,
  what: string,
  id: string,
  want: Lifecycle,
  shown: Conversation,
  step: number | undefined,
): void {
  if (shown.status === want.status && shown.ownerId === want.ownerId) return;
  found.add(
    `conversation ${id} ${want.status}, owner ${JSON.stringify(want.ownerId)}, as ${what} left it`,
    `${shown.status}, owner ${JSON.stringify(shown.ownerId)}`,
    { conversations: [id], ...(step === undefined ? {} : { step }) },
  );
}
