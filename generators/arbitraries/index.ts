// Shrinking arbitraries: worlds, scripts over them, and both together.
export * from './scenario-arbitrary.ts';
export * from './script-arbitrary.ts';
export * from './script-constraints.ts';
export * from './world-arbitrary.ts';
export * from './world-constraints.ts';
export { UNKNOWN_CHANNEL_ID, UNKNOWN_CONVERSATION_ID, UNKNOWN_USER_ID } from './resolve-script.ts';
export { ARBITRARY_EPOCH } from './resolve-world.ts';
export * from './sla-arbitrary.ts';
