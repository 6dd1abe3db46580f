import type { EventType, SystemEvent, TimelineEntry, Trace } from '../../domain/index.ts';
import { describeCommand, describeEvent, describeResult } from './describe.ts';

/** At most this many timeline entries are kept: the beginning and the end of a move. */
export const TIMELINE_CAP = 400;

/** A step with more events than this shows its first and last ones, and the middle by type. */
const STEP_DETAIL = 24;
const STEP_ENDS = 8;

/**
 * The commands and events of a trace in order, for people: each command with its result, then
 * what it caused. A step with many events (a batch of 10,000 conversations moved) shows its first
 * and last events and one entry per event type for the middle ("9,984 × ticket-created: ...").
 * Capped at TIMELINE_CAP entries (the first and the last ones kept).
 */
export function buildTimeline(trace: Trace): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  let at = trace.initial.at;
  for (const step of trace.steps) {
    entries.push({
      at,
      kind: 'command',
      label: `step ${step.index + 1}: ${describeCommand(step.command)} — ${describeResult(step.result)}`,
    });
    const count = step.eventsTo - step.eventsFrom;
    const detailed = (from: number, to: number): void => {
      for (let i = from; i < to; i += 1) {
        const event = trace.events[i];
        if (event !== undefined)
          entries.push({ at: event.at, kind: event.type, label: describeEvent(event) });
      }
    };
    if (count <= STEP_DETAIL) detailed(step.eventsFrom, step.eventsTo);
    else {
      detailed(step.eventsFrom, step.eventsFrom + STEP_ENDS);
      entries.push(...middle(trace, step.eventsFrom + STEP_ENDS, step.eventsTo - STEP_ENDS));
      detailed(step.eventsTo - STEP_ENDS, step.eventsTo);
    }
    at = step.observation.at;
  }
  return cap(entries);
}

/** One entry per event type of events [from, to), in order of first appearance. */
function middle(trace: Trace, from: number, to: number): TimelineEntry[] {
  const groups = new Map<EventType, { first: SystemEvent; last: SystemEvent; n: number }>();
  for (let i = from; i < to; i += 1) {
    const event = trace.events[i];
    if (event === undefined) continue;
    const group = groups.get(event.type);
    if (group === undefined) groups.set(event.type, { first: event, last: event, n: 1 });
    else {
      group.last = event;
      group.n += 1;
    }
  }
  return [...groups.entries()].map(([type, g]) => ({
    at: g.first.at,
    kind: type,
    label:
      g.n === 1
        ? describeEvent(g.first)
        : `${g.n.toLocaleString('en-US')} × ${type}: ${describeEvent(g.first)} … ${describeEvent(g.last)}`,
  }));
}

function cap(entries: TimelineEntry[]): TimelineEntry[] {
  if (entries.length <= TIMELINE_CAP) return entries;
  const head = entries.slice(0, TIMELINE_CAP / 2);
  const tail = entries.slice(entries.length - (TIMELINE_CAP / 2 - 1));
  const omitted = entries.length - head.length - tail.length;
  const next = tail[0];
  const gap: TimelineEntry = {
    at: next?.at ?? 0,
    kind: next?.kind ?? 'command',
    label: `… ${omitted} more entries omitted …`,
  };
  return [...head, gap, ...tail];
}
