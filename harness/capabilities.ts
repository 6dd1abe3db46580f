import type {
  PolicyId,
  RuleId,
  SystemCapabilities,
  SystemFactory,
  SystemOptions,
  Verdict,
} from '../domain/index.ts';
import { POLICY_IDS } from '../domain/index.ts';

/** What a factory declares it implements; nothing declared = everything (the reference). */
export function capabilitiesOf(factory: SystemFactory): SystemCapabilities {
  return factory.capabilities ?? {};
}

/** Whether the system implements `value` of `policy`. */
export function implementsPolicy(capabilities: SystemCapabilities, policy: PolicyId, value: string): boolean {
  const values = capabilities.policies?.[policy] as readonly string[] | undefined;
  return values === undefined || values.includes(value);
}

/** The values of `options` the system does not implement (`OPEN-1=unassign`, `profile 2024-01-29`); empty when it can play them. */
export function notImplemented(capabilities: SystemCapabilities, options: SystemOptions): string[] {
  const missing = POLICY_IDS.filter((id) => !implementsPolicy(capabilities, id, options.policies[id])).map(
    (id) => `${id}=${options.policies[id]}`,
  );
  if (capabilities.profiles !== undefined && !capabilities.profiles.includes(options.profile)) {
    missing.push(`profile ${options.profile}`);
  }
  return missing;
}

/**
 * Rules whose verdict depends on the system's clock following the script's `advance` and
 * `run-until-idle` (a test clock): MOVE-1's liveness bound, the SLA due times of NEW-2, HIST-4 and
 * OPEN-8, and OPEN-7's create dates at processing time. docs/SEMANTICS.md, "The clock".
 */
export const TIME_DEPENDENT_RULES: readonly RuleId[] = ['MOVE-1', 'NEW-2', 'HIST-4', 'OPEN-7', 'OPEN-8'];

/**
 * Verdicts for a system without a test clock: the time-dependent rules are reported, not judged
 * (a system whose clock does not follow the script cannot be held to simulated time).
 */
export function withoutTestClock(verdicts: readonly Verdict[], system: string): Verdict[] {
  return verdicts.map((verdict) =>
    TIME_DEPENDENT_RULES.includes(verdict.ruleId) && verdict.status !== 'not-applicable'
      ? {
          ruleId: verdict.ruleId,
          status: 'not-applicable',
          why: `not judged: system "${system}" has no test clock (capabilities.testClock false) and this rule reads the simulated clock`,
        }
      : verdict,
  );
}
