// Seeded synthetic data: faker-backed worlds and traffic for realism and scale, fast-check
// arbitraries for shrinking counterexamples.
export * from './arbitraries/index.ts';
export * from './content-pools.ts';
export * from './generate-traffic.ts';
export * from './generate-world.ts';
export * from './hostile-strings.ts';
export * from './prng.ts';
export * from './traffic-knobs.ts';
export * from './world-knobs.ts';
export { CHANNEL_SHAPES, shapedChannel, type MixShape } from './generate-channels.ts';
export { messageKindOf } from './generate-conversations.ts';
