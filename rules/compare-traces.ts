import type { Trace, Verdict } from '../domain/index.ts';
import { identical } from './canonical.ts';
import { givenIds, MintedIdCanon, mintedIds } from './_renaming.ts';

/** The two runs' serialisers: each renames its own minted IDs, in the order both meet them. */
interface Canons {
  readonly a: MintedIdCanon;
  readonly b: MintedIdCanon;
}

function firstDifference<T>(
  canons: Canons,
  label: string,
  a: readonly T[],
  b: readonly T[],
): { where: string; expected: string; actual: string } | undefined {
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i += 1) {
    const left = canons.a.text(a[i]) ?? 'nothing';
    const right = canons.b.text(b[i]) ?? 'nothing';
    if (left !== right) return { where: `${label} ${i}`, expected: left, actual: right };
  }
  return undefined;
}

/**
 * INV-5: two runs of the same world, commands and options must give the same trace byte for
 * byte: the same results, observations, event log and world after — up to one consistent
 * renaming of the IDs the system minted itself (IDs in neither the world before nor the
 * commands), canonicalised by order of first appearance across results, observations, events and
 * the world after. Reports the first difference (minted IDs shown as `<minted n>`).
 */
export function compareTraces(a: Trace, b: Trace): Verdict {
  if (!sameInputs(a, b)) {
    return {
      ruleId: 'INV-5',
      status: 'not-exercised',
      why: 'the two traces did not play the same commands and options',
    };
  }
  const beforeObjects = new Set<object>();
  const given = givenIds(a, beforeObjects);
  if (sameOutputs(a, b)) {
    // Identical outputs serialise alike under any renaming fed both in the same order: no
    // difference, and the minted IDs renamed would have been those of the first run.
    return passed(a, mintedIds(outputsOf(a), given, beforeObjects).size);
  }
  const canons: Canons = { a: new MintedIdCanon(given), b: new MintedIdCanon(given) };
  const difference =
    firstDifference(
      canons,
      'result of step',
      a.steps.map((s) => s.result),
      b.steps.map((s) => s.result),
    ) ??
    firstDifference(
      canons,
      'observation after step',
      a.steps.map((s) => s.observation),
      b.steps.map((s) => s.observation),
    ) ??
    firstDifference(canons, 'event', a.events, b.events) ??
    firstDifference(canons, 'conversation after', a.after.conversations, b.after.conversations) ??
    firstDifference(canons, 'ticket after', a.after.tickets, b.after.tickets) ??
    firstDifference(
      canons,
      'world after',
      [{ ...a.after, conversations: [], tickets: [] }],
      [{ ...b.after, conversations: [], tickets: [] }],
    );
  if (difference === undefined) return passed(a, canons.a.size);
  const step = /^(result|observation)/.test(difference.where)
    ? Number(difference.where.split(' ').pop())
    : undefined;
  return {
    ruleId: 'INV-5',
    status: 'violated',
    count: 1,
    findings: [
      {
        expected: `${difference.where}: ${difference.expected} (first run)`,
        actual: `${difference.actual} (second run)`,
        subjects: step === undefined ? {} : { step },
      },
    ],
  };
}

function passed(a: Trace, minted: number): Verdict {
  return {
    ruleId: 'INV-5',
    status: 'pass',
    evidence:
      `two runs gave the same ${a.steps.length} results and observations, ${a.events.length} events and world after` +
      (minted === 0 ? '' : `; ${minted} system-minted IDs compared up to one consistent renaming`),
  };
}

/** The same options and commands (the same objects when one judgement played both, else the same JSON). */
function sameInputs(a: Trace, b: Trace): boolean {
  if (
    a.options === b.options &&
    a.steps.length === b.steps.length &&
    a.steps.every((step, i) => step.command === b.steps[i]?.command)
  )
    return true;
  const inputs = JSON.stringify([a.options, a.steps.map((s) => s.command)]);
  return inputs === JSON.stringify([b.options, b.steps.map((s) => s.command)]);
}

/** What INV-5 compares, in its order: results, observations, events, and the world after. */
function outputsOf(trace: Trace): unknown[] {
  return [trace.steps.map((s) => s.result), trace.steps.map((s) => s.observation), trace.events, trace.after];
}

/** Whether the two runs' outputs are certainly the same JSON, element by element (`identical`). */
function sameOutputs(a: Trace, b: Trace): boolean {
  return (
    a.steps.length === b.steps.length &&
    a.steps.every((step, i) => {
      const other = b.steps[i];
      return (
        other !== undefined &&
        identical(step.result, other.result) &&
        identical(step.observation, other.observation)
      );
    }) &&
    identical(a.events, b.events) &&
    identical(a.after, b.after)
  );
}
