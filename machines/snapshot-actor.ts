import { createActor } from 'xstate';
import type { ActorScope, AnyStateMachine, EventFromLogic, InputFrom, SnapshotFrom } from 'xstate';

/**
 * A machine's actor for the reference system: its snapshot, advanced by the machine's own
 * `transition` (XState's step: guards, transitions, `always`, `assign`), so the machines decide
 * exactly as before. Their actions only assign context (no effects, no children, no delays), so an
 * actor needs none of an XState `Actor`'s mailbox, system, clock or inspection; building those
 * (tens of µs per actor, several per play, two plays per explore run) was a fixed cost of every
 * run. The subset of `Actor`'s API the reference uses; like an `Actor`, it ignores events once its
 * machine is in a final state. Unlike one, an exception in a transition is thrown to the caller
 * (the reference's machines throw none; a known-bad copy that did would fail as the system under test).
 */
export class SnapshotActor<TMachine extends AnyStateMachine> {
  private snapshot: SnapshotFrom<TMachine>;
  private readonly observers: ((snapshot: SnapshotFrom<TMachine>) => void)[] = [];

  constructor(
    private readonly machine: TMachine,
    private readonly scope: ActorScope<SnapshotFrom<TMachine>, EventFromLogic<TMachine>>,
    initial: SnapshotFrom<TMachine>,
  ) {
    this.snapshot = initial;
  }

  /** As `Actor.start`: observers see the initial snapshot. */
  start(): this {
    this.notify();
    return this;
  }

  subscribe(next: (snapshot: SnapshotFrom<TMachine>) => void): void {
    this.observers.push(next);
  }

  getSnapshot(): SnapshotFrom<TMachine> {
    return this.snapshot;
  }

  send(event: EventFromLogic<TMachine>): void {
    if ((this.snapshot as { status: string }).status !== 'active') return;
    this.snapshot = this.machine.transition(this.snapshot, event, this.scope) as SnapshotFrom<TMachine>;
    this.notify();
  }

  private notify(): void {
    for (const observer of this.observers) observer(this.snapshot);
  }
}

type Scope<TMachine extends AnyStateMachine> = ActorScope<SnapshotFrom<TMachine>, EventFromLogic<TMachine>>;

const scopes = new WeakMap<AnyStateMachine, Scope<AnyStateMachine>>();

/**
 * One scope per machine, as XState's own `transition()` builds (an actor that is never started
 * stands for `self`); actions with an effect of their own run at once, as a running actor runs them.
 */
function scopeOf<TMachine extends AnyStateMachine>(machine: TMachine): Scope<TMachine> {
  let scope = scopes.get(machine);
  if (scope === undefined) {
    const self = createActor(machine);
    scope = {
      self,
      id: '',
      sessionId: '',
      logger: () => {},
      defer: (fn) => fn(),
      stopChild: () => {},
      emit: () => {},
      system: self.system,
      actionExecutor: (action) => action.exec?.(action.info, action.params),
    } as Scope<AnyStateMachine>;
    scopes.set(machine, scope);
  }
  return scope as Scope<TMachine>;
}

/** How an actor starts: from the machine's input, or in a given state (`machine.resolveState`). */
export type ActorStart<TMachine extends AnyStateMachine> =
  { readonly input: InputFrom<TMachine> } | { readonly state: Parameters<TMachine['resolveState']>[0] };

/**
 * Initial snapshots by machine and start (as JSON). A snapshot is an immutable value and the initial
 * one a pure function of the start (context from the input, `always` transitions, assigns), so the
 * actors of both plays of a run, and of runs with the same start, share it.
 */
const initials = new WeakMap<AnyStateMachine, Map<string, unknown>>();
/** Distinct starts kept per machine (channel IDs and refusal reasons vary from world to world). */
const MAX_INITIALS = 512;

function initialSnapshot<TMachine extends AnyStateMachine>(
  machine: TMachine,
  start: ActorStart<TMachine>,
): SnapshotFrom<TMachine> {
  let byStart = initials.get(machine);
  if (byStart === undefined) initials.set(machine, (byStart = new Map<string, unknown>()));
  const key = JSON.stringify(start);
  const known = byStart.get(key) as SnapshotFrom<TMachine> | undefined;
  if (known === undefined) {
    const scope = scopeOf(machine);
    const made = (
      'state' in start
        ? machine.restoreSnapshot?.(machine.resolveState(start.state), scope)
        : machine.getInitialSnapshot(scope, start.input)
    ) as SnapshotFrom<TMachine>;
    if (byStart.size >= MAX_INITIALS) byStart.clear();
    byStart.set(key, made);
    return made;
  }
  return known;
}

/**
 * `createActor(machine, { input })`, or `createActor(machine, { snapshot: machine.resolveState(state) })`,
 * as a SnapshotActor.
 */
export function snapshotActor<TMachine extends AnyStateMachine>(
  machine: TMachine,
  start: ActorStart<TMachine>,
): SnapshotActor<TMachine> {
  return new SnapshotActor(machine, scopeOf(machine), initialSnapshot(machine, start));
}
