import type { Channel, Command, Conversation, World } from '../domain/index.ts';
import { build, MINUTE, currentChannelId } from '../domain/index.ts';
import { messageKindOf, type GeneratedScenario } from '../generators/index.ts';
import { movable } from './_eligible.ts';
import {
  allHistory,
  another,
  beforeClock,
  entryFor,
  insert,
  latest,
  movingAllOf,
  type SituationDraw,
  type StartMove,
} from './_situation-parts.ts';
import { oneMessageConversation, withBulk, withChannel } from './_world-edits.ts';

/** The opening aimed at a WhatsApp or Messenger chatflow, which cannot move (ELIG-5). */
export function unmovableChatflow(
  s: GeneratedScenario,
  opening: StartMove,
  draw: SituationDraw,
): GeneratedScenario {
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

/**
 * While the opening move runs: a second move of another channel (ELIG-6), or a cancel, move-back,
 * history-later or leave-page request by the mover (MOVE-1, ELIG-7, HIST-6, MOVE-4), then a new
 * conversation in the moving channel.
 */
export function secondRequest(
  s: GeneratedScenario,
  opening: StartMove,
  draw: SituationDraw,
): GeneratedScenario {
  let world = s.world;
  let request: Command;
  const type = REQUESTS[draw.at % REQUESTS.length] ?? 'cancel-move';
  if (!draw.flip) {
    const other = another(s.world, opening.channelId);
    world = other.world;
    request = { ...opening, channelId: other.channel.id, entryPoint: entryFor(other.channel) };
  } else if (type === 'leave-progress-page') request = { type, userId: opening.actorId };
  else request = { type, actorId: opening.actorId, channelId: opening.channelId };
  // After a request by the mover, traffic keeps coming: a new conversation in the moving channel
  // must still be taken (MOVE-2), whatever the request left behind (INV-6).
  const channel = world.channels.find((c) => c.id === opening.channelId);
  const arrival: Command[] =
    !draw.flip || channel === undefined
      ? []
      : [
          {
            type: 'conversation-arrives',
            conversation: oneMessageConversation(
              `after-request-${draw.at}`,
              channel,
              latest(s),
              AFTER_REQUEST,
              messageKindOf(channel),
            ),
          },
        ];
  return {
    world,
    script: insert(s.script, 1 + (draw.ms % (beforeClock(s.script, 1) + 1)), request, ...arrival),
  };
}

const AFTER_REQUEST = {
  subject: 'Written while the move ran',
  contactName: 'After Request',
  contactEmail: 'after-request@example.org',
};

/**
 * Two completed moves of very different sizes (MOVE-5); then the mover asks to move the first
 * channel's history, which is in help desk by now (HIST-6: refused).
 */
export function twoMoves(s: GeneratedScenario, opening: StartMove, draw: SituationDraw): GeneratedScenario {
  const other = another(s.world, opening.channelId);
  const world = withBulk(other.world, other.channel, draw.bulk);
  const second = movingAllOf(opening, other.channel, world);
  const idle: Command = { type: 'run-until-idle' };
  const later: Command = {
    type: 'move-history-later',
    actorId: opening.actorId,
    channelId: opening.channelId,
  };
  return { world, script: insert(s.script, 1, idle, second, idle, later) };
}

/**
 * A worker crash mid-move and a restart (INV-1, INV-3), on the fullest movable channel; flipped, the
 * worker is already down when the move starts (it must show stalled and process nothing until the
 * restart, INV-7); half the time the mover left the progress page first; half the time a second
 * move follows the first, on the restarted worker.
 */
export function crashRestart(
  s: GeneratedScenario,
  opening: StartMove,
  draw: SituationDraw,
): GeneratedScenario {
  // The fullest movable channel, with all its history: something is in flight when the worker dies.
  const size = (c: Channel) => s.world.conversations.filter((x) => currentChannelId(x) === c.id).length;
  const target = s.world.channels
    .filter(movable)
    .reduce<Channel | undefined>(
      (best, c) => (best === undefined || size(c) > size(best) ? c : best),
      undefined,
    );
  const aimed: StartMove = target === undefined ? opening : movingAllOf(opening, target, s.world);
  const rest = s.script.slice(1);
  const down = draw.at % (Math.min(rest.length, 3) + 1);
  const crash: Command = { type: 'worker-crash' };
  // Half the time the mover has left the progress page first: recovery must not need it (MOVE-4).
  const left: Command[] = draw.at % 2 === 1 ? [{ type: 'leave-progress-page', userId: opening.actorId }] : [];
  const script: Command[] = [
    ...(draw.flip ? [crash, aimed] : [aimed]),
    ...left,
    { type: 'advance', ms: draw.ms },
    ...(draw.flip ? [] : [crash]),
    // No other move starts while the worker is down: MOVE-5 leaves out every move that saw a stall.
    ...rest.slice(0, down).filter((c) => c.type !== 'start-move'),
    { type: 'worker-restart' },
    ...rest.slice(down),
  ];
  if (draw.bulk % 2 === 1) return { world: s.world, script };
  // Half the time a second move once the first is done: the worker the restart brought back must
  // run it (a restart that left the worker down shows there, INV-7 and MOVE-1).
  const other = another(s.world, aimed.channelId);
  const next = movingAllOf(aimed, other.channel, other.world);
  const idle: Command = { type: 'run-until-idle' };
  return { world: other.world, script: [...script, idle, next, idle] };
}

/** A form channel and a non-fallback email channel of `world` (each added when missing). */
function formAndEmail(world: World): { world: World; form: Channel; email: Channel } {
  const foundForm = world.channels.find((c) => c.kind === 'form' && c.location === 'inbox');
  const withForm = foundForm === undefined ? withChannel(world, 'form') : { world, channel: foundForm };
  const foundEmail = withForm.world.channels.find((c) => c.kind === 'email' && movable(c));
  const withEmail =
    foundEmail === undefined
      ? withChannel(withForm.world, 'email-team')
      : { world: withForm.world, channel: foundEmail };
  return { world: withEmail.world, form: withForm.channel, email: withEmail.channel };
}

/**
 * A form submission continued over email (HIST-8): the thread belongs to the email channel. The
 * opening moves, with all history, the form channel (the thread must stay) or, flipped, the email
 * channel (the thread must go with every message); the script ends idle so the move completes.
 */
export function formThread(s: GeneratedScenario, opening: StartMove, draw: SituationDraw): GeneratedScenario {
  const { world, form, email } = formAndEmail(s.world);
  // Before everything else, so that no later reply predates it.
  const first = Math.min(world.clock, ...world.conversations.map((c) => c.startedAt)) - 2 * MINUTE;
  const id = `form-thread-${draw.at}`;
  const thread: Conversation = build.conversation(id, [form.id, email.id], first, {
    subject: 'Contact form, then email',
    contactName: 'Form Contact',
    contactEmail: 'form-contact@example.org',
    status: draw.ms % 2 === 0 ? 'open' : 'closed',
    messages: [
      build.message(`${id}-m0`, form.id, first, { kind: 'form-submission', body: 'Form' }),
      build.message(`${id}-m1`, email.id, first + MINUTE, { author: 'agent', body: 'Reply' }),
    ],
  });
  const moved = draw.flip ? email : form;
  const aimed: StartMove = {
    ...opening,
    channelId: moved.id,
    entryPoint: 'inbox-settings',
    history: allHistory(world),
  };
  return {
    world: { ...world, conversations: [...world.conversations, thread] },
    script: [aimed, ...s.script.slice(1), { type: 'run-until-idle' }],
  };
}
