import type { AnyMachineSnapshot, StateValue } from 'xstate';
import { getSimplePaths, getStateNodes, toDirectedGraph, type DirectedGraphNode } from 'xstate/graph';
import type {
  Command,
  MachineCoverage,
  MaybePromise,
  SyncSystemFactory,
  SystemFactory,
  SystemOptions,
  Trace,
} from '../domain/index.ts';
import { drive, playScript, settle, SystemFailure, type Steps } from '../harness/index.ts';
import { MACHINE_MODELS, type MachineModel, type ModelEvent } from './machine-test-models.ts';
import { PATH_WORLD } from './_path-world.ts';

/** The IDs of every state node active in `value` (`move.running`, `move.running.active`, ...). */
export function activeIds(machineId: string, value: StateValue | null): Set<string> {
  const ids = new Set<string>();
  const walk = (prefix: string, v: StateValue): void => {
    if (typeof v === 'string') {
      ids.add(`${prefix}.${v}`);
      return;
    }
    for (const [key, child] of Object.entries(v)) {
      ids.add(`${prefix}.${key}`);
      if (child !== undefined) walk(`${prefix}.${key}`, child);
    }
  };
  if (value !== null) walk(machineId, value);
  return ids;
}

interface Edge {
  readonly key: string;
  readonly source: string;
  readonly event: string;
  readonly target: string;
}

function edgesOf(node: DirectedGraphNode): Edge[] {
  const own = node.edges.map((e) => ({
    key: `${e.source.id} -${e.label.text}-> ${e.target.id}`,
    source: e.source.id,
    event: e.label.text,
    target: e.target.id,
  }));
  return [...own, ...node.children.flatMap(edgesOf)];
}

/** Edges of `edges` taken by `event` from `before` to `after`. */
function taken(edges: readonly Edge[], event: string, before: Set<string>, after: Set<string>): Edge[] {
  return edges.filter((e) => e.event === event && before.has(e.source) && after.has(e.target));
}

/** Transient states (eventless `always` only, like `move.validating`) count once a target is reached. */
function withTransient(model: MachineModel, states: Set<string>): number {
  const nodes = getStateNodes(model.machine);
  const transient = nodes.filter(
    (n) => n.always !== undefined && n.always.some((t) => (t.target ?? []).some((x) => states.has(x.id))),
  );
  return nodes.filter((n) => states.has(n.id) || transient.includes(n)).length;
}

/**
 * Model-based paths over one machine (`getSimplePaths`, context abstracted by the model's
 * `serialize`), each played as a command script on PATH_WORLD: the machine's own coverage by
 * the paths, and the part of it the system's observations reached (the same edge seen from the
 * system's state before and after the commands realising it).
 */
type Coverage = { readonly model: MachineCoverage; readonly system: MachineCoverage; readonly paths: number };

export function machineCoverage(
  model: MachineModel,
  factory: SyncSystemFactory,
  options: SystemOptions,
): Coverage;
export function machineCoverage(
  model: MachineModel,
  factory: SystemFactory,
  options: SystemOptions,
): MaybePromise<Coverage>;
export function machineCoverage(
  model: MachineModel,
  factory: SystemFactory,
  options: SystemOptions,
): MaybePromise<Coverage> {
  return drive(coverageSteps(model, factory, options));
}

/** A play of a model path; a system failure (a plug-in that throws) just shows no system state. */
function* playPath(factory: SystemFactory, script: Command[], options: SystemOptions): Steps<Trace | null> {
  try {
    return yield* settle(() => playScript(factory, PATH_WORLD, script, options));
  } catch (error) {
    if (error instanceof SystemFailure) return null;
    throw error;
  }
}

function* coverageSteps(
  model: MachineModel,
  factory: SystemFactory,
  options: SystemOptions,
): Steps<Coverage> {
  const edges = edgesOf(toDirectedGraph(model.machine));
  const id = model.machine.id;
  const modelStates = new Set<string>();
  const systemStates = new Set<string>();
  const modelEdges = new Set<string>();
  const systemEdges = new Set<string>();
  let paths = 0;
  for (const input of model.inputs) {
    for (const path of getSimplePaths(model.machine, {
      input,
      events: [...model.events],
      serializeState: (s: AnyMachineSnapshot) => model.serialize(s),
    })) {
      paths += 1;
      const script: Command[] = model.prefix(input);
      const marks: { event: string; before: number; after: number; from: StateValue; to: StateValue }[] = [];
      let previous: StateValue | null = null;
      // The machines are typed as AnyStateMachine here, so the path's steps are retyped once.
      const steps = path.steps as readonly {
        readonly event: ModelEvent;
        readonly state: AnyMachineSnapshot;
      }[];
      for (const [i, step] of steps.entries()) {
        const to: StateValue = step.state.value as StateValue;
        for (const x of activeIds(id, to)) modelStates.add(x);
        const before = script.length;
        if (previous !== null) script.push(...model.commands(step.event, i));
        if (previous !== null)
          marks.push({ event: step.event.type, before, after: script.length, from: previous, to });
        previous = to;
      }
      const trace = yield* playPath(factory, script, options);
      const seen = (steps: number) =>
        trace === null ? new Set<string>() : activeIds(id, model.observe({ trace, steps }, options.policies));
      for (let s = 0; s <= script.length; s += 1) for (const x of seen(s)) systemStates.add(x);
      for (const mark of marks) {
        const expected = taken(edges, mark.event, activeIds(id, mark.from), activeIds(id, mark.to));
        for (const e of expected) modelEdges.add(e.key);
        if (mark.after === mark.before) continue; // no command realises this event
        for (const e of taken(edges, mark.event, seen(mark.before), seen(mark.after))) {
          if (expected.some((x) => x.key === e.key)) systemEdges.add(e.key);
        }
      }
    }
  }
  const statesTotal = getStateNodes(model.machine).length;
  const figures = (states: Set<string>, covered: Set<string>, suffix: string): MachineCoverage => ({
    machineId: `${id}${suffix}`,
    statesCovered: withTransient(model, states),
    statesTotal,
    transitionsCovered: covered.size,
    transitionsTotal: edges.length,
  });
  return {
    model: figures(modelStates, modelEdges, ''),
    system: figures(systemStates, systemEdges, ' (system)'),
    paths,
  };
}

/**
 * Coverage of every machine of machines/index.ts: for each, one entry for the model paths
 * (`channel`) and one for what the system under test showed along them (`channel (system)`).
 */
export function modelCoverage(factory: SyncSystemFactory, options: SystemOptions): MachineCoverage[];
export function modelCoverage(
  factory: SystemFactory,
  options: SystemOptions,
): MaybePromise<MachineCoverage[]>;
export function modelCoverage(
  factory: SystemFactory,
  options: SystemOptions,
): MaybePromise<MachineCoverage[]> {
  return drive(
    (function* (): Steps<MachineCoverage[]> {
      const coverage: MachineCoverage[] = [];
      for (const model of MACHINE_MODELS) {
        const { model: ofModel, system } = yield* settle(() => machineCoverage(model, factory, options));
        coverage.push(ofModel, system);
      }
      return coverage;
    })(),
  );
}
