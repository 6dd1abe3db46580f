import type { AnyStateMachine, AnyStateNode } from 'xstate';
import type { StateDiagram } from '../domain/index.ts';
import { channelMachine } from './channel-machine.ts';
import { conversationMachine } from './conversation-machine.ts';
import { moveMachine } from './move-machine.ts';
import { workspaceMachine } from './workspace-machine.ts';

/**
 * The reference machines' states and transitions, read from their definitions (never written by
 * hand). State IDs are dotted paths from the root (`running.stalled`, `notifications.held`);
 * eventless transitions have the event `always`; a targetless transition is a self-loop.
 * `initial` is the first atomic state entered (for a parallel machine, in its first region).
 */
export function machineDiagrams(): StateDiagram[] {
  return [channelMachine, conversationMachine, moveMachine, workspaceMachine].map(diagramOf);
}

/** The diagram of any XState v5 machine. */
export function diagramOf(machine: AnyStateMachine): StateDiagram {
  const nodes = descendants(machine.root);
  return {
    machineId: machine.id,
    initial: pathOf(firstInitialLeaf(machine.root)),
    rootType: machine.root.type === 'parallel' ? 'parallel' : 'compound',
    states: nodes.map((node) => {
      const initial = node.type === 'compound' ? node.initial.target[0] : undefined;
      return {
        id: pathOf(node),
        final: node.type === 'final',
        type: node.type,
        ...(initial === undefined ? {} : { initial: pathOf(initial) }),
      };
    }),
    transitions: nodes.flatMap((node) => [
      ...Object.entries(node.on).flatMap(([event, definitions]) =>
        definitions.map((definition) => edge(node, definition.target, event)),
      ),
      ...(node.always ?? []).map((definition) => edge(node, definition.target, 'always')),
    ]),
  };
}

function edge(
  from: AnyStateNode,
  targets: readonly AnyStateNode[] | undefined,
  event: string,
): StateDiagram['transitions'][number] {
  const to = targets?.[0] ?? from;
  return { from: pathOf(from), to: pathOf(to), event };
}

function descendants(node: AnyStateNode): AnyStateNode[] {
  return Object.values(node.states).flatMap((child) => [child, ...descendants(child)]);
}

function firstInitialLeaf(node: AnyStateNode): AnyStateNode {
  if (node.type === 'parallel') {
    const region = Object.values(node.states)[0];
    return region === undefined ? node : firstInitialLeaf(region);
  }
  const next = node.type === 'compound' ? node.initial.target[0] : undefined;
  return next === undefined ? node : firstInitialLeaf(next);
}

function pathOf(node: AnyStateNode): string {
  return node.path.join('.');
}
