import type { Profile, ProfileId, RuleId, RunResult, VerdictStatus } from '../domain/index.ts';
import { PROFILES } from '../domain/index.ts';
import { CATALOGUE } from '../rules/index.ts';

/** A fact of `domain/profiles.ts` that differs between two profiles. */
export interface FactChange {
  readonly fact: string;
  readonly a: string;
  readonly b: string;
}

/** A rule that holds in one profile and not in the other. */
export interface RuleChange {
  readonly ruleId: RuleId;
  readonly title: string;
  readonly inA: boolean;
  readonly inB: boolean;
}

/** A built-in scenario whose outcome or judged verdicts (pass, violated) differ between the two profiles. */
export interface ScenarioChange {
  readonly scenarioId: string;
  readonly outcome: { readonly a: string; readonly b: string };
  readonly verdicts: readonly {
    readonly ruleId: RuleId;
    readonly a: VerdictStatus;
    readonly b: VerdictStatus;
  }[];
}

export interface ProfileDiff {
  readonly a: ProfileId;
  readonly b: ProfileId;
  readonly facts: readonly FactChange[];
  readonly rules: readonly RuleChange[];
  readonly scenarios: readonly ScenarioChange[];
}

/** The eligibility facts, in words a person reads (ELIG-n in brackets). */
const FACTS: readonly [string, (profile: Profile) => string][] = [
  ['allowed tiers (ELIG-1)', (p) => p.allowedTiers.join(', ')],
  ['beta required (ELIG-2)', (p) => String(p.betaRequired)],
  ['movable kinds (ELIG-4)', (p) => p.movableKinds.join(', ')],
  ['fallback email movable (ELIG-4)', (p) => String(p.fallbackEmailMovable)],
  ['one move at a time stated (ELIG-6)', (p) => String(p.oneAtATimeStated)],
  ['one-way stated (ELIG-7)', (p) => String(p.oneWayStated)],
];

export function factChanges(a: ProfileId, b: ProfileId): FactChange[] {
  return FACTS.map(([fact, read]) => ({ fact, a: read(PROFILES[a]), b: read(PROFILES[b]) })).filter(
    (change) => change.a !== change.b,
  );
}

export function ruleChanges(a: ProfileId, b: ProfileId): RuleChange[] {
  return CATALOGUE.map((entry) => ({
    ruleId: entry.id,
    title: entry.title,
    inA: entry.profiles.includes(a),
    inB: entry.profiles.includes(b),
  })).filter((change) => change.inA !== change.inB);
}

const JUDGED: ReadonlySet<VerdictStatus> = new Set(['pass', 'violated']);

/** Pairs the results of the same scenarios run under A and under B. */
export function scenarioChanges(runA: RunResult, runB: RunResult): ScenarioChange[] {
  return runA.results.flatMap((resultA, index) => {
    const resultB = runB.results[index];
    if (resultB === undefined) return [];
    const statusB = new Map(resultB.verdicts.map((verdict) => [verdict.ruleId, verdict.status]));
    const verdicts = resultA.verdicts.flatMap((verdict) => {
      const b = statusB.get(verdict.ruleId) ?? 'not-exercised';
      // not-applicable ↔ not-exercised is only the profile's rule list changing (shown above).
      const judged = JUDGED.has(b) || JUDGED.has(verdict.status);
      return b === verdict.status || !judged ? [] : [{ ruleId: verdict.ruleId, a: verdict.status, b }];
    });
    if (verdicts.length === 0 && resultA.outcome === resultB.outcome) return [];
    return [
      { scenarioId: resultA.scenario.id, outcome: { a: resultA.outcome, b: resultB.outcome }, verdicts },
    ];
  });
}

/** The diff as text: facts, rules, then scenarios. */
export function renderProfileDiff(diff: ProfileDiff): string {
  const { a, b } = diff;
  const lines = [
    `Profiles ${a} (${PROFILES[a].label}) → ${b} (${PROFILES[b].label})`,
    '',
    'Eligibility facts that change:',
  ];
  lines.push(
    ...(diff.facts.length === 0 ? ['  none'] : diff.facts.map((f) => `  ${f.fact}: ${f.a} → ${f.b}`)),
  );
  lines.push('', 'Rules that apply differently:');
  const where = (inProfile: boolean): string => (inProfile ? 'applies' : 'not applicable');
  lines.push(
    ...(diff.rules.length === 0
      ? ['  none']
      : diff.rules.map((r) => `  ${r.ruleId} ${r.title}: ${where(r.inA)} → ${where(r.inB)}`)),
  );
  lines.push('', 'Built-in scenarios whose verdicts change:');
  lines.push(
    ...(diff.scenarios.length === 0
      ? ['  none']
      : diff.scenarios.flatMap((s) => [
          `  ${s.scenarioId}: ${s.outcome.a} → ${s.outcome.b}`,
          ...s.verdicts.map((v) => `    ${v.ruleId}: ${v.a} → ${v.b}`),
        ])),
  );
  return `${lines.join('\n')}\n`;
}
