import type { MaybePromise } from '../domain/index.ts';

/** How long one answer of a system under test may take (`--step-timeout`), in ms. */
export const DEFAULT_STEP_TIMEOUT_MS = 10_000;

/** A generator of a maybe-async computation: it yields only promises, and gets back their values. */
export type Steps<T> = Generator<PromiseLike<unknown>, T, unknown>;

export function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === 'object' || typeof value === 'function') &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

/** A system call that did not settle within the step timeout. */
export class StepTimeout extends Error {
  override readonly name = 'StepTimeout';
  constructor(readonly ms: number) {
    super(`no answer within ${ms} ms (--step-timeout)`);
  }
}

/**
 * Runs `steps` synchronously for as long as it yields nothing (a synchronous system never yields),
 * and switches to awaiting at the first promise. So the synchronous reference keeps a synchronous
 * fast path (no microtask per step), and an async system is awaited, each promise at most
 * `timeoutMs` (its rejection, or the StepTimeout, is thrown into the generator where it happened).
 */
export function drive<T>(steps: Steps<T>, timeoutMs = Infinity): MaybePromise<T> {
  const next = steps.next();
  return next.done === true ? next.value : continueAsync(steps, next.value, timeoutMs);
}

async function continueAsync<T>(steps: Steps<T>, first: PromiseLike<unknown>, timeoutMs: number): Promise<T> {
  let pending = first;
  for (;;) {
    let settled: { ok: true; value: unknown } | { ok: false; error: unknown };
    try {
      settled = { ok: true, value: await withTimeout(pending, timeoutMs) };
    } catch (error) {
      settled = { ok: false, error };
    }
    const next = settled.ok ? steps.next(settled.value) : steps.throw(settled.error);
    if (next.done === true) return next.value;
    pending = next.value;
  }
}

function withTimeout<V>(pending: PromiseLike<V>, ms: number): Promise<V> {
  if (!Number.isFinite(ms)) return Promise.resolve(pending);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StepTimeout(ms)), ms);
  });
  return Promise.race([Promise.resolve(pending), timeout]).finally(() => clearTimeout(timer));
}

/** The value of `run()`, yielding (to be awaited by `drive`) only when it is a promise. */
export function* settle<V>(run: () => MaybePromise<V>): Generator<PromiseLike<unknown>, V, unknown> {
  const value = run();
  return (isThenable(value) ? yield value : value) as V;
}
