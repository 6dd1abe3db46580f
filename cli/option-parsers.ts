import { InvalidArgumentError } from 'commander';
import {
  isPolicyValue,
  isProfileId,
  isRuleId,
  POLICY_IDS,
  POLICY_VALUES,
  PROFILE_IDS,
  type Policies,
  type PolicyId,
  type ProfileId,
  type RuleId,
} from '../domain/index.ts';

/*
 * Option value parsers for commander. Each throws InvalidArgumentError, which commander turns into
 * one line: "option '--x <v>' argument 'found' is invalid. Expected ...".
 */

/** A mutable bag of policy overrides built up by repeated `--policy OPEN-n=value`. */
export type PolicyOverrides = Partial<Policies>;

function isPolicyId(value: string): value is PolicyId {
  return (POLICY_IDS as readonly string[]).includes(value);
}

/** A parser accepting exactly one of `values`. */
export function oneOf<T extends string>(values: readonly T[]): (value: string) => T {
  return (value) => {
    if ((values as readonly string[]).includes(value)) return value as T;
    throw new InvalidArgumentError(`Expected one of: ${values.join(', ')}.`);
  };
}

export function parseProfile(value: string): ProfileId {
  if (isProfileId(value)) return value;
  throw new InvalidArgumentError(`Expected a rule profile, one of: ${PROFILE_IDS.join(', ')}.`);
}

export function parsePolicyId(value: string): PolicyId {
  if (isPolicyId(value)) return value;
  throw new InvalidArgumentError(`Expected a policy, one of: ${POLICY_IDS.join(', ')}.`);
}

/** `OPEN-n=value`, repeatable: each occurrence adds to the overrides. */
export function parsePolicy(value: string, previous: PolicyOverrides | undefined): PolicyOverrides {
  const [id = '', choice] = value.split('=', 2);
  if (!isPolicyId(id) || choice === undefined) {
    throw new InvalidArgumentError(`Expected OPEN-n=value with OPEN-n one of: ${POLICY_IDS.join(', ')}.`);
  }
  if (!isPolicyValue(id, choice)) {
    throw new InvalidArgumentError(`Expected ${id}= one of: ${POLICY_VALUES[id].join(', ')}.`);
  }
  return { ...previous, [id]: choice };
}

export function parseNonNegativeInt(value: string): number {
  if (/^\d+$/.test(value) && Number.isSafeInteger(Number(value))) return Number(value);
  throw new InvalidArgumentError('Expected a whole number (0 or more).');
}

/**
 * A whole number from 0 to `max`: sizes of a generated inbox, bounded so that a typo (an extra
 * zero or six) is one clear message instead of a run that never ends.
 */
export function parseCountUpTo(max: number): (value: string) => number {
  return (value) => {
    const n = parseNonNegativeInt(value);
    if (n <= max) return n;
    throw new InvalidArgumentError(`Expected a whole number from 0 to ${max}.`);
  };
}

export function parseShare(value: string): number {
  const share = Number(value);
  if (value.trim() !== '' && Number.isFinite(share) && share >= 0 && share <= 1) return share;
  throw new InvalidArgumentError('Expected a share between 0 and 1.');
}

/** Rule IDs separated by commas (or given as several values). */
export function parseRuleIds(value: string, previous: readonly RuleId[] | undefined): RuleId[] {
  const ids = value.split(',').map((part) => part.trim());
  const bad = ids.filter((id) => !isRuleId(id));
  if (bad.length > 0) {
    throw new InvalidArgumentError(`Expected rule IDs such as MOVE-7,HIST-2a; unknown: ${bad.join(', ')}.`);
  }
  return [...(previous ?? []), ...(ids as RuleId[])];
}

/** Names from a fixed list, several at once or comma-separated (`--reporter json junit`). */
export function namesFrom(
  valid: () => readonly string[],
): (value: string, previous: string[] | undefined) => string[] {
  return (value, previous) => {
    const names = value.split(',').map((part) => part.trim());
    const allowed = valid();
    const bad = names.filter((name) => !allowed.includes(name));
    if (bad.length > 0) throw new InvalidArgumentError(`Expected one of: ${allowed.join(', ')}.`);
    return [...(previous ?? []), ...names];
  };
}

/** `--shard i/n` (1 ≤ i ≤ n): the i-th of n machines of a CI matrix. */
export function parseShard(value: string): { readonly index: number; readonly count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (match !== null && index >= 1 && index <= count) return { index, count };
  throw new InvalidArgumentError('Expected i/n with 1 ≤ i ≤ n, e.g. 2/4.');
}
