import type { SystemFactory } from '../domain/index.ts';
import { DEFAULT_STEP_TIMEOUT_MS, isThenable } from '../harness/maybe-async.ts';
import { messageOf } from '../harness/system-failure.ts';

/*
 * The factories this process loaded, so the CLI can dispose of them when a command ends. Apart from
 * load-system.ts (which pulls in the reference system, zod and yaml) because cli/main.ts imports
 * it: `--help` must load nothing but commander (test/cli/startup.test.ts).
 */
const loaded = new Set<SystemFactory>();

/** Remembers a factory to dispose of at the end of the command. */
export function rememberLoaded(factory: SystemFactory): void {
  loaded.add(factory);
}

/** A value or a promise, awaited at most `ms` (a hung plug-in must not hang the CLI's exit). */
export async function settleWithin<T>(value: T | Promise<T>, ms: number): Promise<T> {
  if (!isThenable(value)) return value;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([value, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Disposes of every factory loaded (its `dispose()`, e.g. the exec: adapter's child process), once,
 * at the end of a command; returns what failed, one message per factory (reported, never thrown).
 */
export async function disposeLoadedSystems(timeoutMs = DEFAULT_STEP_TIMEOUT_MS): Promise<string[]> {
  const problems: string[] = [];
  for (const factory of loaded) {
    loaded.delete(factory);
    try {
      await settleWithin(factory.dispose?.(), timeoutMs);
    } catch (error) {
      problems.push(
        `system ${factory.name || 'plug-in'} failed to shut down (dispose()): ${messageOf(error)}`,
      );
    }
  }
  return problems;
}
