import type { Trace, Verdict } from '../domain/index.ts';
import { givenIds, MintedIdCanon } from './_renaming.ts';

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
  const inputs = JSON.stringify([a.options, a.steps.map((s) => s.command)]);
  if (inputs !== JSON.stringify([b.options, b.steps.map((s) => s.command)])) {
    return {
      ruleId: 'INV-5',
      status: 'not-exercised',
      why: 'the two traces did not play the same commands and options',
    };
  }
  const given = givenIds(a);
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
  if (difference === undefined) {
    return {
      ruleId: 'INV-5',
      status: 'pass',
      evidence:
        `two runs gave the same ${a.steps.length} results and observations, ${a.events.length} events and world after` +
        (canons.a.size === 0
          ? ''
          : `; ${canons.a.size} system-minted IDs compared up to one consistent renaming`),
    };
  }
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
