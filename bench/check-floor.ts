// How fast could any oracle be? The least a check of a move's trace must do, timed beside the move
// and the real check on the same trace: read every conversation and ticket of both worlds and every
// event once (`read`), and join each event and ticket to its conversation by ID (`join`), which any
// rule about "this conversation's tickets and events" needs. No rule is judged. If the floor alone
// is most of the move's time, "check every rule ≤ 1.0× the move" cannot be met by a faster
// implementation of the same checks. Run: `node --max-semi-space-size=32 --import tsx bench/check-floor.ts 1000000`.
import { performance } from 'node:perf_hooks';
import { DEFAULT_POLICIES, DEFAULT_PROFILE } from '../domain/index.ts';
import type { Conversation, Ticket, Trace } from '../domain/index.ts';
import { StringIndex } from '../domain/string-index.ts';
import { playScript } from '../harness/index.ts';
import { createReferenceSystem } from '../machines/index.ts';
import { checkTrace } from '../rules/index.ts';
import { benchScript, benchWorld } from './size-run.ts';

/** Times in ms on one trace; `sum` keeps the floor passes from being optimised away. */
export interface CheckFloorFigures {
  readonly conversations: number;
  readonly moveMs: number;
  readonly checkMs: number;
  readonly readMs: number;
  readonly joinMs: number;
  readonly sum: number;
}

/** Every conversation and ticket of both worlds and every event, each read once. */
function readAll(trace: Trace): number {
  let sum = 0;
  const conversations = (list: readonly Conversation[]): void => {
    for (const c of list) sum += c.id.length + c.messages.length + (c.location === 'help-desk' ? 1 : 0);
  };
  const tickets = (list: readonly Ticket[]): void => {
    for (const t of list) sum += t.id.length + t.conversationId.length + (t.sla === null ? 0 : 1);
  };
  conversations(trace.before.conversations);
  conversations(trace.after.conversations);
  tickets(trace.before.tickets);
  tickets(trace.after.tickets);
  for (const e of trace.events) sum += e.type.length + (e.at > 0 ? 1 : 0);
  return sum;
}

/** The conversation an event or a ticket is about, by ID: a dense index of the world's conversations. */
function joinAll(trace: Trace): number {
  const ids = new StringIndex(trace.before.conversations.length);
  for (const c of trace.before.conversations) if (ids.entryOf(c.id) < 0) ids.addMissing(c.id, ids.size);
  let sum = 0;
  const about = (id: string): void => {
    sum += ids.entryOf(id);
  };
  for (const c of trace.after.conversations) about(c.id);
  for (const t of trace.before.tickets) about(t.conversationId);
  for (const t of trace.after.tickets) about(t.conversationId);
  for (const e of trace.events) if ('conversationId' in e) about(e.conversationId);
  return sum;
}

const timed = <T>(run: () => T): [T, number] => {
  const t0 = performance.now();
  const value = run();
  return [value, performance.now() - t0];
};

/** Move, check, and the two floor passes over the bench's world of `n` conversations. */
export function measureCheckFloor(n: number): CheckFloorFigures {
  const world = benchWorld(n);
  const { script } = benchScript(world);
  const options = { policies: DEFAULT_POLICIES, profile: DEFAULT_PROFILE };
  const [trace, moveMs] = timed(() => playScript(createReferenceSystem, world, script, options));
  const [read, readMs] = timed(() => readAll(trace));
  const [join, joinMs] = timed(() => joinAll(trace));
  const [, checkMs] = timed(() => checkTrace(trace));
  return { conversations: n, moveMs, checkMs, readMs, joinMs, sum: read + join };
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  const f = measureCheckFloor(Number(process.argv[2] ?? '1000000'));
  const of = (ms: number): string => `${(ms / 1000).toFixed(2)} s (${(ms / f.moveMs).toFixed(2)}× the move)`;
  process.stdout.write(
    `${f.conversations.toLocaleString('en')} conversations: move ${of(f.moveMs)}, check ${of(f.checkMs)}; ` +
      `floor: read everything once ${of(f.readMs)}, join by ID ${of(f.joinMs)}, both ${of(f.readMs + f.joinMs)}\n` +
      `${JSON.stringify(f)}\n`,
  );
}
