import type { PolicyId, SystemOptions } from '../domain/index.ts';

/**
 * What a scenario was written for, when the run plays it otherwise: `OPEN-2=stays` for each policy
 * the run changed, `profile 2024-04-12` when the run changed the profile; null when the run plays
 * the scenario as written. A scenario's expectations hold for its own profile and policies only, so
 * an override (`--profile`, `--policy`, `--sweep`) leaves them unchecked instead of failing them;
 * the rules' verdicts still count, since every rule holds under every profile and policy.
 */
export function writtenFor(own: SystemOptions, played: SystemOptions): string | null {
  const changed = (Object.keys(played.policies) as PolicyId[])
    .filter((id) => played.policies[id] !== own.policies[id])
    .sort()
    .map((id) => `${id}=${own.policies[id]}`);
  if (played.profile !== own.profile) changed.push(`profile ${own.profile}`);
  return changed.length === 0 ? null : changed.join(', ');
}
