import { DEFAULT_POLICIES, DEFAULT_PROFILE, POLICY_IDS } from '../domain/index.ts';
import type { ExploreOptions } from './explore-options.ts';
import { knobFlags } from './knobs.ts';

const quote = (arg: string): string =>
  /^[\w./:=,@%+-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`;

/**
 * The command line that replays one failing run: its own seed and fast-check path, the same knobs,
 * system, policies and profile. Only what differs from the defaults is written.
 */
export function replayCommand(options: ExploreOptions, seed: number, path: string): string {
  const args = ['explore', '--seed', String(seed), '--path', path];
  if (options.system !== 'reference') args.push('--system', options.system);
  for (const id of POLICY_IDS) {
    const value = options.systemOptions.policies[id];
    if (value !== DEFAULT_POLICIES[id]) args.push('--policy', `${id}=${value}`);
  }
  if (options.systemOptions.profile !== DEFAULT_PROFILE)
    args.push('--profile', options.systemOptions.profile);
  if (options.focus !== 'moves') args.push('--focus', options.focus);
  args.push(...knobFlags(options.constraints));
  return ['inbox-move-sim', ...args.map(quote)].join(' ');
}
