// State diagrams as the CLI would derive them from the machines, one with hostile names.
import type { StateDiagram } from '../../domain/diagram.ts';
import { HOSTILE } from './catalogue-fixture.ts';

/** A migration-like machine (loops, a back edge, a final state) and a channel machine. */
export const DIAGRAMS: readonly StateDiagram[] = [
  {
    machineId: 'migration',
    initial: 'idle',
    states: [
      { id: 'idle', final: false },
      { id: 'running', final: false },
      { id: 'stalled', final: false },
      { id: 'completing', final: false },
      { id: 'completed', final: true },
    ],
    transitions: [
      { from: 'idle', to: 'running', event: 'start-move' },
      { from: 'running', to: 'stalled', event: 'worker-crash' },
      { from: 'stalled', to: 'running', event: 'worker-restart' },
      { from: 'running', to: 'running', event: 'advance' },
      { from: 'running', to: 'completing', event: 'queue-empty' },
      { from: 'completing', to: 'completed', event: 'done' },
      { from: 'stalled', to: 'stalled', event: 'conversation-arrives' },
    ],
  },
  {
    machineId: `channel ${HOSTILE.script}`,
    initial: 'inbox',
    states: [
      { id: 'inbox', final: false },
      { id: 'moving', final: false },
      { id: 'help-desk', final: true },
      { id: HOSTILE.attr, final: false },
    ],
    transitions: [
      { from: 'inbox', to: 'moving', event: 'start-move' },
      { from: 'moving', to: 'help-desk', event: 'move-completed' },
      { from: 'inbox', to: HOSTILE.attr, event: HOSTILE.pwned },
    ],
  },
];
