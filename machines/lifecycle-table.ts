import type { AnyStateMachine, AnyStateNode } from 'xstate';

/**
 * A parallel machine's transitions as a plain lookup table: region → state → event → target.
 * Derived once from the machine's own definition, so the machine stays the source of truth while
 * a million conversations are stepped at plain-object speed (an actor or a `transition()` call per
 * conversation costs 17–50 µs; a table lookup, nanoseconds).
 */
export interface LifecycleTable {
  readonly machineId: string;
  /** The initial state of each region. */
  readonly initial: Readonly<Record<string, string>>;
  /** The state `event` takes `region` to from `from`, or undefined when the machine has no such transition. */
  next(region: string, from: string, event: string): string | undefined;
}

/** Reads `machine.root`: a parallel root whose regions hold atomic states with guard-free transitions. */
export function deriveLifecycleTable(machine: AnyStateMachine): LifecycleTable {
  const root = machine.root;
  if (root.type !== 'parallel') {
    throw new Error(
      `deriveLifecycleTable: machine "${root.id}" must have a parallel root, found ${root.type}`,
    );
  }
  const table = new Map<string, Map<string, Map<string, string>>>();
  const initial: Record<string, string> = {};
  for (const region of Object.values(root.states)) {
    const byState = new Map<string, Map<string, string>>();
    table.set(region.key, byState);
    const first = region.initial.target[0];
    if (first !== undefined) initial[region.key] = first.key;
    for (const state of Object.values(region.states)) {
      byState.set(state.key, transitionsOf(state, machine.id));
    }
  }
  return {
    machineId: machine.id,
    initial,
    next: (region, from, event) => table.get(region)?.get(from)?.get(event),
  };
}

function transitionsOf(state: AnyStateNode, machineId: string): Map<string, string> {
  const byEvent = new Map<string, string>();
  for (const [event, definitions] of Object.entries(state.on)) {
    const definition = definitions[0];
    if (definition === undefined) continue;
    if (definitions.length > 1 || definition.guard !== undefined) {
      // A guard needs context the table does not have: refuse rather than silently drop it.
      throw new Error(
        `deriveLifecycleTable: ${machineId} ${state.id} on ${event} is guarded; keep it guard-free`,
      );
    }
    const target = definition.target?.[0];
    byEvent.set(event, target === undefined ? state.key : target.key);
  }
  return byEvent;
}
