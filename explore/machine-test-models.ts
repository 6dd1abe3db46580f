import type { AnyMachineSnapshot, AnyStateMachine, EventObject, StateValue } from 'xstate';
import { DEFAULT_PIPELINE, MINUTE, type Command, type Policies, type Trace } from '../domain/index.ts';
import { channelMachine, conversationMachine, moveMachine, workspaceMachine } from '../machines/index.ts';
import { PATH_CHANNEL, PATH_WORLD } from './_path-world.ts';

/** A machine event with its payload. */
export type ModelEvent = EventObject & Readonly<Record<string, unknown>>;

/** The system at one point of a played path: after `steps` commands of the trace. */
export interface PathPoint {
  readonly trace: Trace;
  readonly steps: number;
}

/**
 * One reference machine as a test model: the events to traverse it with, how to abstract its
 * context (so the graph stays finite), how each event is realised as commands on the path world (`_path-world.ts`),
 * and how the machine's state is read back from what the system under test shows.
 */
export interface MachineModel {
  readonly id: string;
  readonly machine: AnyStateMachine;
  /** One traversal per input (e.g. both OPEN-6 policies). */
  readonly inputs: readonly unknown[];
  readonly events: readonly ModelEvent[];
  serialize(snapshot: AnyMachineSnapshot): string;
  /** Commands before the path (the move machine starts at a start-move). */
  prefix(input: unknown): Command[];
  /** The commands that make the system take `event`; [] when no command does (e.g. CLOSE). */
  commands(event: ModelEvent, step: number): Command[];
  /** The machine's state as the system shows it; null before the machine exists. */
  observe(point: PathPoint, policies: Policies): StateValue | null;
}

const [OPEN, CLOSED] = [DEFAULT_PIPELINE.statuses[0] ?? 'New', DEFAULT_PIPELINE.statuses[3] ?? 'Closed'];
const start = (history: 'all' | 'none', actorId = 'admin'): Command => ({
  type: 'start-move',
  actorId,
  channelId: PATH_CHANNEL,
  entryPoint: 'inbox-settings',
  history: history === 'all' ? { kind: 'all', openStatus: OPEN, closedStatus: CLOSED } : { kind: 'none' },
});
const idle: Command = { type: 'run-until-idle' };
const arrival = (step: number): Command => ({
  type: 'conversation-arrives',
  conversation: {
    ...PATH_WORLD.conversations[0]!,
    id: `n${step}`,
    messages: [{ ...PATH_WORLD.conversations[0]!.messages[0]!, id: `n${step}-m0` }],
  },
});

const at = ({ trace, steps }: PathPoint) => ({
  observation: steps === 0 ? trace.initial : trace.steps[steps - 1]!.observation,
  world: steps === 0 ? trace.before : (trace.steps[steps - 1]!.world ?? trace.after),
  events: trace.events.slice(0, steps === 0 ? 0 : trace.steps[steps - 1]!.eventsTo),
  results: trace.steps.slice(0, steps).map((step) => step.result),
});
const byValue = (snapshot: AnyMachineSnapshot): string => JSON.stringify(snapshot.value);

const channel: MachineModel = {
  id: 'channel',
  machine: channelMachine,
  inputs: [{ channelId: PATH_CHANNEL }],
  events: [
    { type: 'START_MOVE', history: 'all' },
    { type: 'START_MOVE', history: 'none' },
    { type: 'MOVE_COMPLETED' },
  ],
  serialize: (s) => JSON.stringify([s.value, (s.context as { movedWithHistory: unknown }).movedWithHistory]),
  prefix: () => [],
  commands: (e) => (e.type === 'START_MOVE' ? [start(e.history === 'none' ? 'none' : 'all')] : [idle]),
  observe: (p) =>
    ({ inbox: 'inInbox', moving: 'moving', 'help-desk': 'inHelpDesk' })[
      at(p).observation.channelLocations[PATH_CHANNEL] ?? 'inbox'
    ],
};

const move: MachineModel = {
  id: 'move',
  machine: moveMachine,
  inputs: [
    { channelId: PATH_CHANNEL, history: 'all', refusal: null, pending: 2 },
    {
      channelId: PATH_CHANNEL,
      history: 'all',
      refusal: { ruleId: 'ELIG-3', reason: 'not a Super Admin' },
      pending: 2,
    },
  ],
  events: [
    { type: 'BATCH_PROCESSED', processed: 1, messages: 1, pending: 0 },
    { type: 'CONVERSATIONS_QUEUED', pending: 1 },
    { type: 'WORKER_CRASHED' },
    { type: 'WORKER_RESTARTED' },
    { type: 'QUEUE_DRAINED' },
  ],
  serialize: (s) => JSON.stringify([s.value, (s.context as { pending: number }).pending > 0]),
  prefix: (input) => [start('all', (input as { refusal: unknown }).refusal === null ? 'admin' : 'agent')],
  commands: (e, step) =>
    ({
      BATCH_PROCESSED: [{ type: 'advance', ms: MINUTE } as const],
      CONVERSATIONS_QUEUED: [arrival(step)],
      WORKER_CRASHED: [{ type: 'worker-crash' } as const],
      WORKER_RESTARTED: [{ type: 'worker-restart' } as const],
      QUEUE_DRAINED: [idle],
    })[e.type] ?? [],
  observe: (p) => {
    const { observation, events, results } = at(p);
    if (observation.move !== null)
      return { running: observation.move.status === 'running' ? 'active' : 'stalled' };
    if (events.some((e) => e.type === 'move-completed')) return 'completed';
    return results.some((r) => r.status === 'refused') ? 'refused' : null;
  },
};

const workspace: MachineModel = {
  id: 'workspace',
  machine: workspaceMachine,
  inputs: [{ notificationsPolicy: 'resume' }, { notificationsPolicy: 'off-until-complete' }],
  events: [
    { type: 'MOVE_STARTED', channelId: PATH_CHANNEL },
    { type: 'MOVE_COMPLETED' },
    { type: 'NOTIFICATIONS_ON' },
    { type: 'NOTIFICATIONS_OFF' },
  ],
  serialize: byValue,
  prefix: () => [],
  commands: (e) =>
    e.type === 'MOVE_STARTED'
      ? [start('all')]
      : e.type === 'MOVE_COMPLETED'
        ? [idle]
        : [{ type: 'set-notifications', on: e.type === 'NOTIFICATIONS_ON' }],
  observe: (p, policies) => {
    const { observation: o, events } = at(p);
    const lastOn = events.findLastIndex((e) => e.type === 'notifications-changed');
    const started = events.findLastIndex((e) => e.type === 'move-started');
    const held =
      o.notificationsOn && o.move !== null && policies['OPEN-6'] === 'off-until-complete' && lastOn > started;
    return {
      moves: o.move === null ? 'idle' : 'moving',
      banner: o.banner === null ? 'hidden' : 'shown',
      notifications: held ? 'held' : o.notificationsOn ? 'on' : 'off',
    };
  },
};

const conversation: MachineModel = {
  id: 'conversation',
  machine: conversationMachine,
  inputs: [undefined],
  events: ['CLOSE', 'REOPEN', 'MOVE_TO_HELP_DESK', 'TICKET_CREATED', 'TICKET_MOVED'].map((type) => ({
    type,
  })),
  serialize: byValue,
  prefix: () => [],
  commands: (e) => (e.type === 'MOVE_TO_HELP_DESK' ? [start('all'), idle] : []),
  observe: (p) => {
    const { world } = at(p);
    const c1 = world.conversations.find((c) => c.id === 'c1');
    if (c1 === undefined) return null;
    return {
      status: c1.status,
      location: c1.location === 'help-desk' ? 'helpDesk' : 'inbox',
      ticket: world.tickets.some((t) => t.conversationId === 'c1') ? 'associated' : 'none',
    };
  },
};

/** The four machines of machines/index.ts as test models. */
export const MACHINE_MODELS: readonly MachineModel[] = [channel, move, workspace, conversation];
