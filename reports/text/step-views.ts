// The trace step by step, condensed for the HTML report's trace view: what each command did to the
// world, what it logged, what a person saw, and which reference-machine states that implies.
import type { Observation, StepView, Trace, TraceStep, World } from '../../domain/index.ts';
import { describeCommand, describeEvent, describeResult } from './describe.ts';
import { diffWorlds } from './world-diff.ts';

/** Per step, at most this many events are listed (the total is kept). */
export const EVENTS_SHOWN = 25;
/** At most this many steps are kept: the first ones and the last ones, where failures usually are. */
export const STEPS_KEPT = 300;

const CHANNEL_STATE = { inbox: 'inInbox', moving: 'moving', 'help-desk': 'inHelpDesk' } as const;

function observationText(o: Observation): StepView['observation'] {
  const move = o.move;
  return {
    banner: o.banner === null ? null : `${o.banner.channelId} in ${o.banner.places.join(', ')}`,
    notificationsOn: o.notificationsOn,
    move:
      move === null
        ? null
        : `${move.channelId} ${move.status}: ${move.processed} processed, ${move.pending} pending`,
    channels: Object.entries(o.channelLocations)
      .map(([id, location]) => `${id} ${location}`)
      .join(', '),
  };
}

/** Conversation-machine states held by some conversation of the world (every region). */
function conversationStates(world: World): string[] {
  const ticketed = new Set(world.tickets.map((t) => t.conversationId));
  const states = new Set<string>();
  for (const c of world.conversations) {
    states.add(c.status === 'closed' ? 'status.closed' : 'status.open');
    states.add(c.location === 'help-desk' ? 'location.helpDesk' : 'location.inbox');
    states.add(ticketed.has(c.id) ? 'ticket.associated' : 'ticket.none');
  }
  return states.size === 0 ? [] : ['status', 'location', 'ticket', ...[...states].sort()];
}

/**
 * The reference machines' states that what was observed implies (the observable contract, not the
 * reference's internals: any system gets them). A parallel machine lists a state per region; a
 * machine with many instances (channels, conversations) lists every state some instance is in.
 * `held` notifications look like `off` from outside and are shown as such.
 */
function impliedStates(
  o: Observation,
  world: World | undefined,
  moveState: string,
): Record<string, readonly string[]> {
  const channel = [...new Set(Object.values(o.channelLocations).map((l) => CHANNEL_STATE[l]))].sort();
  const move =
    o.move === null
      ? [moveState]
      : ['running', o.move.status === 'stalled' ? 'running.stalled' : 'running.active'];
  const workspace = [
    'moves',
    o.move === null ? 'moves.idle' : 'moves.moving',
    'banner',
    o.banner === null ? 'banner.hidden' : 'banner.shown',
    'notifications',
    o.notificationsOn ? 'notifications.on' : 'notifications.off',
  ];
  return {
    channel,
    move,
    workspace,
    ...(world === undefined ? {} : { conversation: conversationStates(world) }),
  };
}

function worldAfter(trace: Trace, i: number): World | undefined {
  return i === trace.steps.length - 1 ? trace.after : trace.steps[i]?.world;
}

function stepView(trace: Trace, step: TraceStep, i: number, moveState: string): StepView {
  const before = i === 0 ? trace.before : trace.steps[i - 1]?.world;
  const after = worldAfter(trace, i);
  const events = trace.events.slice(step.eventsFrom, Math.min(step.eventsTo, step.eventsFrom + EVENTS_SHOWN));
  return {
    index: step.index,
    command: describeCommand(step.command),
    status: step.result.status,
    result: describeResult(step.result),
    from: i === 0 ? trace.initial.at : (trace.steps[i - 1]?.observation.at ?? trace.initial.at),
    at: step.observation.at,
    events: {
      total: step.eventsTo - step.eventsFrom,
      shown: events.map((e) => ({ at: e.at, kind: e.type, label: describeEvent(e) })),
    },
    changes: before === undefined || after === undefined ? null : diffWorlds(before, after),
    observation: observationText(step.observation),
    states: impliedStates(step.observation, after, moveState),
  };
}

/**
 * Every step of the trace as a StepView, or the first and last STEPS_KEPT / 2 of a longer one.
 * The move machine's state between moves (validating, refused, completed) is not observable at a
 * glance, so it is followed through the results and events in order.
 */
export function buildStepViews(trace: Trace): StepView[] {
  let moveState = 'validating';
  const views: StepView[] = [];
  const half = STEPS_KEPT / 2;
  trace.steps.forEach((step, i) => {
    if (step.command.type === 'start-move')
      moveState = step.result.status === 'refused' ? 'refused' : 'validating';
    for (let e = step.eventsFrom; e < step.eventsTo; e += 1)
      if (trace.events[e]?.type === 'move-completed') moveState = 'completed';
    const kept = trace.steps.length <= STEPS_KEPT || i < half || i >= trace.steps.length - half;
    if (kept) views.push(stepView(trace, step, i, moveState));
  });
  return views;
}
