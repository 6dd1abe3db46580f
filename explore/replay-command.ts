import { DEFAULT_POLICIES, DEFAULT_PROFILE, POLICY_IDS, type PolicyId } from '../domain/index.ts';
import { DRAWABLE_POLICIES } from './exploration-arbitrary.ts';
import type { ExploreOptions } from './explore-options.ts';

const isDrawable = (id: PolicyId): boolean => (DRAWABLE_POLICIES as readonly PolicyId[]).includes(id);
import { constraintFlags } from './constraint-flags.ts';

const quote = (arg: string): string =>
  /^[\w./:=,@%+-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`;

/**
 * The command line that replays one failing run: its own seed and fast-check path, the same constraints,
 * system, policies and profile. Only what differs from the defaults is written.
 */
export function replayCommand(options: ExploreOptions, seed: number, path: string): string {
  const args = ['explore', '--seed', String(seed), '--path', path];
  if (options.system !== 'reference') args.push('--system', options.system);
  for (const id of POLICY_IDS) {
    const value = options.systemOptions.policies[id];
    // A policy fixed where runs draw it by default must be fixed again, even to its default value:
    // otherwise the replay would draw it from the path.
    const fixed = isDrawable(id) && !options.drawnPolicies.includes(id);
    if (value !== DEFAULT_POLICIES[id] || fixed) args.push('--policy', `${id}=${value}`);
  }
  if (options.systemOptions.profile !== DEFAULT_PROFILE)
    args.push('--profile', options.systemOptions.profile);
  if (options.focus !== 'moves') args.push('--focus', options.focus);
  args.push(...constraintFlags(options.constraints));
  return ['inbox-move-sim', ...args.map(quote)].join(' ');
}
