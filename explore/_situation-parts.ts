// What the situation builders share: the draw a situation is shaped by, and small world and script edits.
import type { Channel, Command, HistoryChoice, World } from '../domain/index.ts';
import type { GeneratedScenario } from '../generators/index.ts';
import { movable } from './_eligible.ts';
import { withChannel } from './_world-edits.ts';

/** The draws a situation is shaped by: plain numbers, so that they shrink toward the simplest. */
export interface SituationDraw {
  readonly situation: Situation;
  /** Where in the script it is placed (taken modulo what fits). */
  readonly at: number;
  /** Clock advanced before a crash (ms). */
  readonly ms: number;
  /** Extra conversations in the second of two moved channels. */
  readonly bulk: number;
  readonly flip: boolean;
}

/** The situations of `situations.ts` (named here so that the builders can share the draw type). */
export type Situation =
  | 'unmovable-chatflow'
  | 'second-request'
  | 'two-moves'
  | 'crash-restart'
  | 'redelivery'
  | 'duplicate-reply'
  | 'lifecycle'
  | 'form-thread'
  | 'arrival-mid-move';

export type StartMove = Extract<Command, { type: 'start-move' }>;

export const entryFor = (channel: Channel) =>
  channel.kind === 'chatflow' ? 'chatflows-list' : 'inbox-settings';

/** "All conversations" with the pipeline's first and last statuses: never refused under HIST-0. */
export const allHistory = (world: World): HistoryChoice => {
  const statuses = world.account.pipeline.statuses;
  return { kind: 'all', openStatus: statuses[0] ?? '', closedStatus: statuses[statuses.length - 1] ?? '' };
};

/** `opening` aimed at `channel` instead (its entry point), with all the history of `world` (allHistory). */
export const movingAllOf = (opening: StartMove, channel: Channel, world: World): StartMove => ({
  ...opening,
  channelId: channel.id,
  entryPoint: entryFor(channel),
  history: allHistory(world),
});

/** A movable inbox channel other than `except` (one is added when there is none). */
export function another(world: World, except: string): { world: World; channel: Channel } {
  const channel = world.channels.find((c) => c.id !== except && movable(c));
  return channel === undefined ? withChannel(world, 'email-team') : { world, channel };
}

/** The number of commands from `from` on before the clock first moves (a move still runs there). */
export function beforeClock(script: readonly Command[], from: number): number {
  let n = 0;
  for (const c of script.slice(from)) {
    if (c.type === 'advance' || c.type === 'run-until-idle') break;
    n += 1;
  }
  return n;
}

export const insert = (script: readonly Command[], index: number, ...commands: Command[]): Command[] => [
  ...script.slice(0, index),
  ...commands,
  ...script.slice(index),
];

/** The latest instant of the world and the script's messages: a new reply dated then is never early. */
export function latest(scenario: GeneratedScenario): number {
  let t = scenario.world.clock;
  for (const c of scenario.world.conversations) for (const m of c.messages) t = Math.max(t, m.at);
  for (const c of scenario.script) {
    if (c.type === 'conversation-arrives') for (const m of c.conversation.messages) t = Math.max(t, m.at);
    if (c.type === 'reply-arrives') t = Math.max(t, c.message.at);
  }
  return t;
}
