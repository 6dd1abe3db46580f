// The harness tests' scenario and the non-deterministic system they play it against: small enough
// that a failure names its step, with one move (form-1) and expectations that the reference meets.
import type { SyncSystemFactory } from '../../domain/index.ts';
import { createReferenceSystem } from '../../machines/index.ts';
import { parseScenario } from '../../scenarios/index.ts';

export const SMALL = parseScenario(
  `id: small
title: Small
targets: [HIST-2]
channels: [{ id: email-1, kind: email }, { id: form-1, kind: form }]
conversations:
  - { id: c1, channel: email-1 }
  - { id: t1, channel: form-1, continuedOverEmail: email-1 }
  - { id: f1, channel: form-1 }
script:
  - start-move: { channel: form-1 }
  - advance: 1s
  - run-until-idle
expect:
  channels: { form-1: help-desk }
  counts: { ticketsCreated: 1 }
  verdicts: { HIST-2: pass }
`,
  'small.yaml',
);

/** The reference system whose clock drifts by one more millisecond each time it is made: not deterministic (INV-5). */
export function drifting(): SyncSystemFactory {
  let runs = 0;
  return (world, options) => {
    runs += 1;
    const extra = runs;
    const system = createReferenceSystem(world, options);
    return {
      ...system,
      execute: (c) => system.execute(c.type === 'advance' ? { ...c, ms: c.ms + extra } : c),
    };
  };
}
