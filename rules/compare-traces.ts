import type { Trace, Verdict } from '../domain/index.ts';

function firstDifference<T>(
  label: string,
  a: readonly T[],
  b: readonly T[],
): { where: string; expected: string; actual: string } | undefined {
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i += 1) {
    const left = JSON.stringify(a[i]) ?? 'nothing';
    const right = JSON.stringify(b[i]) ?? 'nothing';
    if (left !== right) return { where: `${label} ${i}`, expected: left, actual: right };
  }
  return undefined;
}

/**
 * INV-5: two runs of the same world, commands and options must give the same trace byte for
 * byte: the same results, observations, event log and world after. Reports the first difference.
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
  const difference =
    firstDifference(
      'result of step',
      a.steps.map((s) => s.result),
      b.steps.map((s) => s.result),
    ) ??
    firstDifference(
      'observation after step',
      a.steps.map((s) => s.observation),
      b.steps.map((s) => s.observation),
    ) ??
    firstDifference('event', a.events, b.events) ??
    firstDifference('conversation after', a.after.conversations, b.after.conversations) ??
    firstDifference('ticket after', a.after.tickets, b.after.tickets) ??
    firstDifference(
      'world after',
      [{ ...a.after, conversations: [], tickets: [] }],
      [{ ...b.after, conversations: [], tickets: [] }],
    );
  if (difference === undefined) {
    return {
      ruleId: 'INV-5',
      status: 'pass',
      evidence: `two runs gave the same ${a.steps.length} results and observations, ${a.events.length} events and world after`,
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
