import type { ScenarioConstraints, ScriptConstraints, WorldConstraints } from '../generators/index.ts';

/** A constraint of the exploration: a numeric world or script constraint with its command-line flag. */
export interface ConstraintFlag {
  readonly flag: string;
  readonly part: 'world' | 'script';
  readonly key: keyof WorldConstraints | keyof ScriptConstraints;
  readonly help: string;
}

/** The constraints `explore` exposes as flags, in `--help` order; the flag is the constraint's name in kebab-case. */
export const CONSTRAINT_FLAGS: readonly ConstraintFlag[] = [
  { flag: 'max-conversations', part: 'world', key: 'maxConversations', help: 'conversations in the inbox' },
  { flag: 'max-users', part: 'world', key: 'maxUsers', help: 'users of the account' },
  { flag: 'max-channels', part: 'world', key: 'maxChannels', help: 'channels of the account' },
  { flag: 'max-messages', part: 'world', key: 'maxMessages', help: 'messages per conversation' },
  { flag: 'max-tickets', part: 'world', key: 'maxTickets', help: 'tickets in the inbox' },
  { flag: 'max-commands', part: 'script', key: 'maxCommands', help: 'commands after the opening move' },
  { flag: 'max-advance-ms', part: 'script', key: 'maxAdvanceMs', help: 'largest clock advance (ms)' },
];

/** Sets one constraint on a constraints value (a new value; the old one is untouched). */
export function withConstraint(
  constraints: ScenarioConstraints,
  constraint: ConstraintFlag,
  value: number,
): ScenarioConstraints {
  return { ...constraints, [constraint.part]: { ...constraints[constraint.part], [constraint.key]: value } };
}

/** The `--flag value` pairs that rebuild `constraints` (for a replay command line). */
export function constraintFlags(constraints: ScenarioConstraints): string[] {
  const flags: string[] = [];
  for (const constraint of CONSTRAINT_FLAGS) {
    const part: Readonly<Record<string, unknown>> | undefined = constraints[constraint.part];
    const value = part?.[constraint.key];
    if (typeof value === 'number') flags.push(`--${constraint.flag}`, String(value));
  }
  return flags;
}
