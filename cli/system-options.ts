import { InvalidArgumentError } from 'commander';
import type { PolicyId, ProfileId, SystemCapabilities, SystemFactory } from '../domain/index.ts';
import { POLICY_IDS, POLICY_VALUES } from '../domain/index.ts';
import { capabilitiesOf, DEFAULT_STEP_TIMEOUT_MS, implementsPolicy } from '../harness/index.ts';
import type { PolicyOverrides } from './option-parsers.ts';
import { UsageError } from './usage-error.ts';

/** A whole number of milliseconds, at least 1. */
export function parseTimeoutMs(value: string): number {
  if (/^\d+$/.test(value) && Number(value) >= 1 && Number.isSafeInteger(Number(value))) return Number(value);
  throw new InvalidArgumentError('Expected a whole number of milliseconds (1 or more).');
}

/** `--step-timeout <ms>`, for every command that plays a system: `.option(...STEP_TIMEOUT_OPTION)`. */
export const STEP_TIMEOUT_OPTION = [
  '--step-timeout <ms>',
  'max time for one call of an async system (promises, exec:) before the step fails; ' +
    'a synchronous plug-in that loops cannot be interrupted: run it out of process with exec:',
  parseTimeoutMs,
  DEFAULT_STEP_TIMEOUT_MS,
] as const;

/** What a command asks of the system besides the scenarios' own values. */
export interface SystemRequest {
  readonly profile?: ProfileId;
  readonly policy?: PolicyOverrides;
  readonly sweep?: PolicyId;
}

function described(capabilities: SystemCapabilities, policy: PolicyId): string {
  const values = capabilities.policies?.[policy] as readonly string[] | undefined;
  return values === undefined ? 'any value' : values.join(', ') || 'no value';
}

/**
 * `--profile`, `--policy` or `--sweep` asking the system for something its factory's capabilities
 * say it does not implement is a usage error (exit 2) naming the capability. Scenarios pinned to
 * such values are a different matter: they are reported not applicable to this system.
 */
export function checkSystemCan(
  factory: SystemFactory,
  spec: string | undefined,
  request: SystemRequest,
): void {
  const capabilities = capabilitiesOf(factory);
  const system = spec ?? 'reference';
  const { profile, policy, sweep } = request;
  if (
    profile !== undefined &&
    capabilities.profiles !== undefined &&
    !capabilities.profiles.includes(profile)
  ) {
    throw new UsageError(
      `--profile ${profile}: system ${system} does not implement it (capabilities.profiles: ${capabilities.profiles.join(', ')})`,
    );
  }
  for (const id of POLICY_IDS) {
    const value = policy?.[id];
    if (value !== undefined && !implementsPolicy(capabilities, id, value)) {
      throw new UsageError(
        `--policy ${id}=${value}: system ${system} does not implement it (capabilities.policies.${id}: ${described(capabilities, id)})`,
      );
    }
  }
  if (sweep !== undefined) {
    const missing = POLICY_VALUES[sweep].filter((value) => !implementsPolicy(capabilities, sweep, value));
    if (missing.length > 0) {
      throw new UsageError(
        `--sweep ${sweep}: system ${system} does not implement ${missing.map((v) => `${sweep}=${v}`).join(', ')} (capabilities.policies.${sweep}: ${described(capabilities, sweep)})`,
      );
    }
  }
}
