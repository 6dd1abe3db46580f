import type { ScenarioConstraints, ScriptConstraints, WorldConstraints } from '../generators/index.ts';

/** A knob of the exploration: a numeric world or script constraint with its command-line flag. */
export interface Knob {
  readonly flag: string;
  readonly part: 'world' | 'script';
  readonly key: keyof WorldConstraints | keyof ScriptConstraints;
  readonly help: string;
}

/** The knobs `explore` exposes, in `--help` order; the flag is the constraint's name in kebab-case. */
export const KNOBS: readonly Knob[] = [
  { flag: 'max-conversations', part: 'world', key: 'maxConversations', help: 'conversations in the inbox' },
  { flag: 'max-users', part: 'world', key: 'maxUsers', help: 'users of the account' },
  { flag: 'max-channels', part: 'world', key: 'maxChannels', help: 'channels of the account' },
  { flag: 'max-messages', part: 'world', key: 'maxMessages', help: 'messages per conversation' },
  { flag: 'max-tickets', part: 'world', key: 'maxTickets', help: 'tickets in the inbox' },
  { flag: 'max-commands', part: 'script', key: 'maxCommands', help: 'commands after the opening move' },
  { flag: 'max-advance-ms', part: 'script', key: 'maxAdvanceMs', help: 'largest clock advance (ms)' },
];

/** Sets one knob on a constraints value (a new value; the old one is untouched). */
export function withKnob(constraints: ScenarioConstraints, knob: Knob, value: number): ScenarioConstraints {
  return { ...constraints, [knob.part]: { ...constraints[knob.part], [knob.key]: value } };
}

/** The `--flag value` pairs that rebuild `constraints` (for a replay command line). */
export function knobFlags(constraints: ScenarioConstraints): string[] {
  const flags: string[] = [];
  for (const knob of KNOBS) {
    const part: Readonly<Record<string, unknown>> | undefined = constraints[knob.part];
    const value = part?.[knob.key];
    if (typeof value === 'number') flags.push(`--${knob.flag}`, String(value));
  }
  return flags;
}
