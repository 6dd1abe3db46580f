import type { Channel, Conversation, FindingSubjects, Ticket, Trace, User, World } from '../domain/index.ts';
import { Findings, MAX_FINDINGS } from './verdict.ts';

/** The kinds of things in a world INV-7 compares. */
export type EntityKind = 'account' | 'clock' | 'user' | 'channel' | 'conversation' | 'ticket';

/** What an entity absent from a world reads as. */
export const ABSENT = 'absent';

/** One field of one entity, readable in any world (to find the step where it changed). */
export interface FieldRef {
  readonly kind: EntityKind;
  /** Empty for the account and the clock. */
  readonly id: string;
  readonly field: string;
  /** The field's value in a world, as text; ABSENT when the entity is not there. */
  readonly read: (world: World) => string;
}

/** Text of a value for a finding, cut short: a field may hold a whole message list. */
export function show(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}

type Listed = 'users' | 'channels' | 'conversations' | 'tickets';
const LISTS = {
  user: 'users',
  channel: 'channels',
  conversation: 'conversations',
  ticket: 'tickets',
} as const;

// Per-step worlds share unchanged lists (copy-on-write), so an index per list is built once.
const INDEXES = new WeakMap<readonly object[], Map<string, object>>();

function entityIn(world: World, kind: EntityKind, id: string): object | undefined {
  if (kind === 'account') return world.account;
  if (kind === 'clock') return world;
  const list: readonly { readonly id: string }[] = world[LISTS[kind] satisfies Listed];
  let index = INDEXES.get(list);
  if (index === undefined) {
    index = new Map();
    for (const item of list) if (!index.has(item.id)) index.set(item.id, item);
    INDEXES.set(list, index);
  }
  return index.get(id);
}

/** A reader of one field of an entity (`pick` gets the entity, typed by kind). */
export function fieldRef<K extends EntityKind>(
  kind: K,
  id: string,
  field: string,
  pick: (entity: EntityOf<K>) => unknown,
): FieldRef {
  return {
    kind,
    id,
    field,
    read: (world) => {
      const entity = entityIn(world, kind, id);
      return entity === undefined ? ABSENT : show(pick(entity as EntityOf<K>));
    },
  };
}

type EntityOf<K extends EntityKind> = K extends 'account'
  ? World['account']
  : K extends 'clock'
    ? World
    : K extends 'user'
      ? User
      : K extends 'channel'
        ? Channel
        : K extends 'conversation'
          ? Conversation
          : Ticket;

/**
 * The step that made the change: the first of the last run of recorded worlds that read as the
 * world after (so a field the script changed legitimately and the system then changed again is
 * blamed on the second change); failing that, the first step that reads differently from before.
 * Undefined when no per-step world was recorded.
 */
export function stepOfChange(trace: Trace, ref: FieldRef): number | undefined {
  const after = ref.read(trace.after);
  let from: number | undefined;
  for (let i = trace.steps.length - 1; i >= 0; i -= 1) {
    const world = trace.steps[i]?.world;
    if (world === undefined) continue;
    if (ref.read(world) !== after) break;
    from = i;
  }
  if (from !== undefined) return from;
  const before = ref.read(trace.before);
  return trace.steps.find((step) => step.world !== undefined && ref.read(step.world) !== before)?.index;
}

function subjectsOf(ref: FieldRef, step: number | undefined): FindingSubjects {
  const list = ref.kind === 'account' || ref.kind === 'clock' ? {} : { [LISTS[ref.kind]]: [ref.id] };
  return step === undefined ? list : { ...list, step };
}

/**
 * INV-7's findings: each names the entity, the field, its value before and after, and what the
 * rules and the script allow. Only the kept findings look for their step (a scan of the per-step
 * worlds), so a trace with a million unlicensed changes costs no more than counting them.
 */
export class FrameFindings {
  readonly found = new Findings('INV-7');

  constructor(private readonly trace: Trace) {}

  add(ref: FieldRef, before: string, after: string, allowed: string): void {
    const keep = this.found.kept.length < MAX_FINDINGS;
    const step = keep ? stepOfChange(this.trace, ref) : undefined;
    const entity = ref.kind === 'account' || ref.kind === 'clock' ? ref.kind : `${ref.kind} ${ref.id}`;
    this.found.add(
      `${entity} ${ref.field}: ${before} before; ${allowed}`,
      `${entity} ${ref.field}: ${after} after`,
      subjectsOf(ref, step),
    );
  }
}
