// The reference model: XState v5 machines and the reference system built on them.
// Nothing outside machines/ imports anything but this file.
export { createReferenceSystem, createReferenceSystemWith } from './reference-system.ts';
export { DEFAULT_TIMING } from './reference-timing.ts';
export type { ReferenceTiming } from './reference-timing.ts';
export { channelMachine } from './channel-machine.ts';
export { conversationMachine } from './conversation-machine.ts';
export { moveMachine } from './move-machine.ts';
export { workspaceMachine } from './workspace-machine.ts';
export { machineDiagrams } from './machine-diagrams.ts';
