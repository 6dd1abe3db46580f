import type {
  Conversation,
  EventBody,
  Observation,
  SystemEvent,
  Ticket,
  Trace,
  TraceStep,
  Verdict,
  World,
} from '../../../domain/index.ts';

/** The trace with another world after. */
export function withAfter(trace: Trace, change: (world: World) => World): Trace {
  return { ...trace, after: change(trace.after) };
}

/** The trace with some events rewritten in place (seq and step ranges kept). */
export function mapEvents(trace: Trace, change: (event: SystemEvent, index: number) => SystemEvent): Trace {
  return { ...trace, events: trace.events.map(change) };
}

/** A world with one ticket changed. */
export function patchTicket(world: World, id: string, patch: Partial<Ticket>): World {
  return { ...world, tickets: world.tickets.map((t) => (t.id === id ? { ...t, ...patch } : t)) };
}

/** A world with one conversation changed. */
export function patchConversation(world: World, id: string, patch: Partial<Conversation>): World {
  return { ...world, conversations: world.conversations.map((c) => (c.id === id ? { ...c, ...patch } : c)) };
}

/** Replaces events matching `match` by a neutral `worker-restarted` (keeps indexes; no checker expects one). */
export function dropEvents(trace: Trace, match: (event: SystemEvent) => boolean): Trace {
  return mapEvents(trace, (event) =>
    match(event) ? { seq: event.seq, at: event.at, type: 'worker-restarted' } : event,
  );
}

/** The findings of a violated verdict (fails the test when the verdict is anything else). */
export function findingsOf(verdict: Verdict) {
  if (verdict.status !== 'violated') throw new Error(`expected violated, got ${JSON.stringify(verdict)}`);
  return verdict.findings;
}

/** The same trace judged under other policies: a run that followed one reading violates the other. */
export function withPolicies(trace: Trace, policies: Partial<Trace['options']['policies']>): Trace {
  return { ...trace, options: { ...trace.options, policies: { ...trace.options.policies, ...policies } } };
}

/** The trace with step `index` rewritten. */
export function patchStep(trace: Trace, index: number, change: (step: TraceStep) => TraceStep): Trace {
  return { ...trace, steps: trace.steps.map((s) => (s.index === index ? change(s) : s)) };
}
/** The trace with step `index`'s observation patched. */
export const observe = (trace: Trace, index: number, patch: (o: Observation) => Partial<Observation>) =>
  patchStep(trace, index, (s) => ({ ...s, observation: { ...s.observation, ...patch(s.observation) } }));
/** The trace with the events matching `match` rewritten in place. */
export const patchEvent = (
  trace: Trace,
  match: (e: SystemEvent) => boolean,
  change: (e: SystemEvent) => object,
) => ({
  ...trace,
  events: trace.events.map((e) => (match(e) ? (change(e) as SystemEvent) : e)),
});

/**
 * The trace with one more event logged by step `index`, at event position `at` (by default after the
 * step's last event; later steps' ranges and seqs shifted).
 */
export function insertEvent(trace: Trace, index: number, body: EventBody, at?: number): Trace {
  const step = trace.steps[index] as TraceStep;
  at ??= step.eventsTo;
  const event = { ...body, seq: at, at: step.observation.at } as SystemEvent;
  const events = [...trace.events.slice(0, at), event, ...trace.events.slice(at)];
  return {
    ...trace,
    events: events.map((e, seq) => ({ ...e, seq })),
    steps: trace.steps.map((s) =>
      s.index < index
        ? s
        : { ...s, eventsFrom: s.index === index ? s.eventsFrom : s.eventsFrom + 1, eventsTo: s.eventsTo + 1 },
    ),
  };
}
