import type {
  Observation,
  Script,
  SystemFactory,
  SystemOptions,
  Trace,
  TraceStep,
  World,
} from '../domain/index.ts';
import { messageOf, SystemFailure } from './system-failure.ts';

/**
 * Worlds up to this many conversations get a world snapshot after every step in the trace (for
 * checkers that look between steps, and INV-5); larger ones only before and after, since a
 * snapshot per step of a million-conversation world would not fit in memory.
 */
export const PER_STEP_WORLD_LIMIT = 20_000;

/**
 * Plays a script against a fresh system built by `factory`: records the initial observation, and
 * for each command its result, the observation after it, the range of events it appended, and —
 * for small worlds — the world after it. A system that throws becomes a SystemFailure naming the
 * step (with what was recorded so far), never an unexplained crash.
 */
export function playScript(
  factory: SystemFactory,
  world: World,
  script: Script,
  options: SystemOptions,
): Trace {
  const started = attempt('system', 0, null, null, () => {
    const system = factory(world, options);
    return { system, initial: system.observe() };
  });
  const { system, initial } = started;
  const keepWorlds = world.conversations.length <= PER_STEP_WORLD_LIMIT;
  const steps: TraceStep[] = [];
  const partial = (): Trace => ({
    system: system.name,
    options,
    before: world,
    initial,
    steps: [...steps],
    after: safeWorld(system.world.bind(system), world),
    events: [...system.events()],
  });
  for (const [index, command] of script.entries()) {
    const recorded = attempt(system.name, index + 1, command, partial, () => {
      const eventsFrom = system.events().length;
      const result = system.execute(command);
      const observation: Observation = system.observe();
      const eventsTo = system.events().length;
      return {
        index,
        command,
        result,
        observation,
        eventsFrom,
        eventsTo,
        ...(keepWorlds ? { world: system.world() } : {}),
      } satisfies TraceStep;
    });
    steps.push(recorded);
  }
  return attempt(system.name, script.length, null, partial, () => ({
    system: system.name,
    options,
    before: world,
    initial,
    steps,
    after: system.world(),
    events: system.events(),
  }));
}

function attempt<T>(
  name: string,
  step: number,
  command: Script[number] | null,
  partial: (() => Trace) | null,
  run: () => T,
): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof SystemFailure) throw error;
    let trace: Trace | null;
    try {
      trace = partial?.() ?? null;
    } catch {
      trace = null;
    }
    throw new SystemFailure(trace?.system ?? name, step, command, trace, messageOf(error));
  }
}

function safeWorld(read: () => World, fallback: World): World {
  try {
    return read();
  } catch {
    return fallback;
  }
}
