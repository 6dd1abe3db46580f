import type { Channel, Command, HistoryChoice, World } from '../domain/index.ts';
import { currentChannelId } from '../domain/index.ts';
import { messageKindOf, type Scenario } from '../generators/index.ts';
import { movable } from './_eligible.ts';
import { withBulk, withChannel } from './_world-edits.ts';

/**
 * A situation a random script almost never reaches by itself, built around an acceptable opening
 * move: the opening aimed at a WhatsApp or Messenger chatflow (ELIG-5); while it runs, a second
 * move (ELIG-6) or a cancel, move-back, history-later or leave-page request by the mover (MOVE-1,
 * ELIG-7, HIST-6, MOVE-4); two completed moves of very different sizes (MOVE-5); a worker crash and a
 * restart mid-move (INV-1, INV-3); a conversation delivered twice (INV-1); a reply delivered twice
 * (INV-2); conversations of the moving channel closed, reopened and reassigned before their turn,
 * and closed and reopened again in help desk once it completed (OPEN-9, INV-3).
 */
export type Situation =
  | 'unmovable-chatflow'
  | 'second-request'
  | 'two-moves'
  | 'crash-restart'
  | 'redelivery'
  | 'duplicate-reply'
  | 'lifecycle';
export const SITUATIONS: readonly Situation[] = [
  'unmovable-chatflow',
  'second-request',
  'two-moves',
  'crash-restart',
  'redelivery',
  'duplicate-reply',
  'lifecycle',
];

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

type StartMove = Extract<Command, { type: 'start-move' }>;

const entryFor = (channel: Channel) => (channel.kind === 'chatflow' ? 'chatflows-list' : 'inbox-settings');

/** "All conversations" with the pipeline's first and last statuses: never refused under HIST-0. */
const allHistory = (world: World): HistoryChoice => {
  const statuses = world.account.pipeline.statuses;
  return { kind: 'all', openStatus: statuses[0] ?? '', closedStatus: statuses[statuses.length - 1] ?? '' };
};

/** A movable inbox channel other than `except` (one is added when there is none). */
function another(world: World, except: string): { world: World; channel: Channel } {
  const channel = world.channels.find((c) => c.id !== except && movable(c));
  return channel === undefined ? withChannel(world, 'email-team') : { world, channel };
}

/** The number of commands from `from` on before the clock first moves (a move still runs there). */
function beforeClock(script: readonly Command[], from: number): number {
  let n = 0;
  for (const c of script.slice(from)) {
    if (c.type === 'advance' || c.type === 'run-until-idle') break;
    n += 1;
  }
  return n;
}

const insert = (script: readonly Command[], index: number, ...commands: Command[]): Command[] => [
  ...script.slice(0, index),
  ...commands,
  ...script.slice(index),
];

/** The latest instant of the world and the script's messages: a new reply dated then is never early. */
function latest(scenario: Scenario): number {
  let t = scenario.world.clock;
  for (const c of scenario.world.conversations) for (const m of c.messages) t = Math.max(t, m.at);
  for (const c of scenario.script) {
    if (c.type === 'conversation-arrives') for (const m of c.conversation.messages) t = Math.max(t, m.at);
    if (c.type === 'reply-arrives') t = Math.max(t, c.message.at);
  }
  return t;
}

/** A copy of one of `indexes`' commands, delivered again later (or `null` when there is none). */
function again(
  script: readonly Command[],
  indexes: readonly number[],
  draw: SituationDraw,
): Command[] | null {
  const i = indexes[draw.at % Math.max(1, indexes.length)];
  const command = i === undefined ? undefined : script[i];
  if (i === undefined || command === undefined) return null;
  return insert(script, i + 1 + (draw.ms % (script.length - i)), command);
}

function unmovableChatflow(s: Scenario, opening: StartMove, draw: SituationDraw): Scenario {
  const surface = draw.flip ? 'messenger' : 'whatsapp';
  const found = s.world.channels.find((c) => c.kind === 'chatflow' && c.surface === surface);
  const { world, channel } =
    found === undefined
      ? withChannel(s.world, draw.flip ? 'chatflow-messenger' : 'chatflow-whatsapp')
      : { world: s.world, channel: found };
  const aimed: StartMove = { ...opening, channelId: channel.id, entryPoint: 'chatflows-list' };
  return { world, script: [aimed, ...s.script.slice(1)] };
}

const REQUESTS = ['cancel-move', 'move-back', 'move-history-later', 'leave-progress-page'] as const;

/** While the opening move runs: a second move of another channel, or another request by the mover. */
function secondRequest(s: Scenario, opening: StartMove, draw: SituationDraw): Scenario {
  let world = s.world;
  let request: Command;
  const type = REQUESTS[draw.at % REQUESTS.length] ?? 'cancel-move';
  if (!draw.flip) {
    const other = another(s.world, opening.channelId);
    world = other.world;
    request = { ...opening, channelId: other.channel.id, entryPoint: entryFor(other.channel) };
  } else if (type === 'leave-progress-page') request = { type, userId: opening.actorId };
  else request = { type, actorId: opening.actorId, channelId: opening.channelId };
  return { world, script: insert(s.script, 1 + (draw.ms % (beforeClock(s.script, 1) + 1)), request) };
}

function twoMoves(s: Scenario, opening: StartMove, draw: SituationDraw): Scenario {
  const other = another(s.world, opening.channelId);
  const world = withBulk(other.world, other.channel, draw.bulk);
  const second: StartMove = {
    ...opening,
    channelId: other.channel.id,
    entryPoint: entryFor(other.channel),
    history: allHistory(world),
  };
  const idle: Command = { type: 'run-until-idle' };
  return { world, script: insert(s.script, 1, idle, second, idle) };
}

function crashRestart(s: Scenario, opening: StartMove, draw: SituationDraw): Scenario {
  // The fullest movable channel, with all its history: something is in flight when the worker dies.
  const size = (c: Channel) => s.world.conversations.filter((x) => currentChannelId(x) === c.id).length;
  const target = s.world.channels
    .filter(movable)
    .reduce<Channel | undefined>(
      (best, c) => (best === undefined || size(c) > size(best) ? c : best),
      undefined,
    );
  const aimed: StartMove =
    target === undefined
      ? opening
      : { ...opening, channelId: target.id, entryPoint: entryFor(target), history: allHistory(s.world) };
  const rest = s.script.slice(1);
  const down = draw.at % (Math.min(rest.length, 3) + 1);
  const script: Command[] = [
    aimed,
    { type: 'advance', ms: draw.ms },
    { type: 'worker-crash' },
    // No move starts while the worker is down: MOVE-5's checker would time that stall as the move's own.
    ...rest.slice(0, down).filter((c) => c.type !== 'start-move'),
    { type: 'worker-restart' },
    ...rest.slice(down),
  ];
  return { world: s.world, script };
}

function redelivery(s: Scenario, draw: SituationDraw): Scenario {
  const arrivals = s.script.flatMap((c, i) => (c.type === 'conversation-arrives' ? [i] : []));
  const script = again(s.script, arrivals, draw);
  if (script !== null) return { ...s, script };
  const conversation = s.world.conversations[draw.at % Math.max(1, s.world.conversations.length)];
  if (conversation === undefined) return s;
  const at = 1 + (draw.ms % s.script.length);
  return { ...s, script: insert(s.script, at, { type: 'conversation-arrives', conversation }) };
}

function duplicateReply(s: Scenario, draw: SituationDraw): Scenario {
  const replies = s.script.flatMap((c, i) => (c.type === 'reply-arrives' ? [i] : []));
  const script = again(s.script, replies, draw);
  if (script !== null) return { ...s, script };
  const conversation = s.world.conversations[draw.at % Math.max(1, s.world.conversations.length)];
  const channel = s.world.channels.find((c) => c.id === (conversation && currentChannelId(conversation)));
  if (conversation === undefined || channel === undefined) return s;
  const reply: Command = {
    type: 'reply-arrives',
    conversationId: conversation.id,
    message: {
      id: 'r-again',
      at: latest(s),
      channelId: channel.id,
      kind: messageKindOf(channel),
      author: 'contact',
      body: 'A reply',
    },
  };
  const at = 1 + (draw.ms % s.script.length);
  return { ...s, script: insert(s.script, at, reply, reply) };
}

/**
 * Right after the opening (before the clock moves, so before any turn): up to three conversations
 * of the moving channel closed or reopened (whichever changes them) and reassigned; after the move,
 * one of them closed and reopened in help desk.
 */
function lifecycle(scenario: Scenario, opening: StartMove, draw: SituationDraw): Scenario {
  const ownOf = (world: World) =>
    world.conversations.filter((c) => c.location === 'inbox' && currentChannelId(c) === opening.channelId);
  // The generator's channels are often empty: give the moving one a few conversations to act on.
  const channel = scenario.world.channels.find((c) => c.id === opening.channelId);
  const s =
    ownOf(scenario.world).length >= 3 || channel === undefined
      ? scenario
      : { ...scenario, world: withBulk(scenario.world, channel, 3) };
  const own = ownOf(s.world);
  if (own.length === 0) return scenario;
  const withAccess = s.world.users.filter((u) => u.helpDeskAccess).map((u) => u.id);
  const owners: (string | null)[] = [...withAccess, null];
  const during: Command[] = [];
  for (let k = 0; k < Math.min(3, own.length); k++) {
    const c = own[(draw.at + k) % own.length];
    if (c === undefined) continue;
    const flip: Command =
      c.status === 'open'
        ? { type: 'close-conversation', conversationId: c.id }
        : { type: 'reopen-conversation', conversationId: c.id };
    const ownerId = owners[(draw.ms + k) % owners.length] ?? null;
    const reassign: Command = { type: 'reassign-conversation', conversationId: c.id, ownerId };
    during.push(...(draw.flip ? [reassign, flip] : [flip, reassign]));
  }
  // Other changes the open questions ask about, while the move runs: an owner's access flipped
  // (OPEN-4), a conversation of another channel changed in (OPEN-3), notifications turned off and
  // back on after some progress (OPEN-6).
  const firstOwner = during.find((c) => c.type === 'reassign-conversation' && c.ownerId !== null);
  const ownerId = firstOwner?.type === 'reassign-conversation' ? firstOwner.ownerId : null;
  const owner = s.world.users.find((u) => u.id === ownerId);
  if (owner !== undefined)
    during.push({ type: 'set-help-desk-access', userId: owner.id, access: !owner.helpDeskAccess });
  const outsider = s.world.conversations.find(
    (c) => c.location === 'inbox' && currentChannelId(c) !== opening.channelId,
  );
  if (outsider !== undefined)
    during.push({ type: 'change-channel', conversationId: outsider.id, toChannelId: opening.channelId });
  during.push(
    { type: 'set-notifications', on: false },
    { type: 'advance', ms: 1 + (draw.ms % 200) },
    { type: 'set-notifications', on: true },
  );
  const target = own[draw.at % own.length]?.id ?? '';
  const after: Command[] = [
    { type: 'run-until-idle' },
    { type: 'close-conversation', conversationId: target },
    { type: 'reopen-conversation', conversationId: target },
  ];
  const aimed: StartMove = { ...opening, history: allHistory(s.world) };
  return { world: s.world, script: [aimed, ...insert(s.script, 1, ...during).slice(1), ...after] };
}

/**
 * `scenario` (whose opening move is acceptable, `eligibleScenario`) reshaped into `draw`'s
 * situation; unchanged when it has no opening move to build on. A pure function of its inputs.
 */
export function withSituation(scenario: Scenario, draw: SituationDraw): Scenario {
  const [opening] = scenario.script;
  if (opening?.type !== 'start-move') return scenario;
  switch (draw.situation) {
    case 'unmovable-chatflow':
      return unmovableChatflow(scenario, opening, draw);
    case 'second-request':
      return secondRequest(scenario, opening, draw);
    case 'two-moves':
      return twoMoves(scenario, opening, draw);
    case 'crash-restart':
      return crashRestart(scenario, opening, draw);
    case 'redelivery':
      return redelivery(scenario, draw);
    case 'duplicate-reply':
      return duplicateReply(scenario, draw);
    case 'lifecycle':
      return lifecycle(scenario, opening, draw);
  }
}
