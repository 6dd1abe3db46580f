import type { Command, Conversation, World } from '../domain/index.ts';
import { build, currentChannelId } from '../domain/index.ts';
import { messageKindOf, type GeneratedScenario } from '../generators/index.ts';
import { allHistory, insert, latest, type SituationDraw, type StartMove } from './_situation-parts.ts';
import { oneMessageConversation, withBulk } from './_world-edits.ts';

/**
 * Right after the opening (before the clock moves, so before any turn): up to three conversations
 * of the moving channel closed or reopened (whichever changes them) and reassigned (OPEN-9); the
 * help desk access of an owner whose conversation will get a ticket flipped (OPEN-4); a
 * conversation of another channel changed in (OPEN-3); notifications off and back on after some
 * progress (OPEN-6). After the move, one of them closed and reopened in help desk (INV-3), a new
 * conversation arriving and a reply (afterTheMove).
 */
export function lifecycle(
  scenario: GeneratedScenario,
  opening: StartMove,
  draw: SituationDraw,
): GeneratedScenario {
  const ownOf = (world: World) =>
    world.conversations.filter((c) => c.location === 'inbox' && currentChannelId(c) === opening.channelId);
  // The generator's channels are often empty: give the moving one a few conversations to act on.
  const channel = scenario.world.channels.find((c) => c.id === opening.channelId);
  const bulked =
    ownOf(scenario.world).length >= 3 || channel === undefined
      ? scenario
      : { ...scenario, world: withBulk(scenario.world, channel, 3) };
  const s = { ...bulked, world: ownedFirst(bulked.world, ownOf(bulked.world), draw) };
  const own = ownOf(s.world);
  if (own.length === 0) return scenario;
  // Owners with and without help desk access, and nobody: each reading of OPEN-4 and HIST-2c meets both.
  const owners: (string | null)[] = [...s.world.users.map((u) => u.id), null];
  const ticketed = new Set(s.world.tickets.map((t) => t.conversationId));
  const during: Command[] = [];
  let flipped: readonly (string | null)[] = [];
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
    // OPEN-4 is judged on a ticket the move creates, whose owner is the new one (OPEN-9 at-processing)
    // or the one at the start (at-move-start): flip both owners' access, of one such conversation.
    if (flipped.length === 0 && ownerId !== null && !ticketed.has(c.id)) flipped = [ownerId, c.ownerId];
  }
  for (const owner of s.world.users.filter((u) => flipped.includes(u.id)))
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
    // Flipped, off again while still held (OPEN-6 off-until-complete): they stay off after the move.
    ...(draw.flip ? [{ type: 'set-notifications', on: false } as const] : []),
  );
  const target = own[draw.at % own.length]?.id ?? '';
  const after: Command[] = [
    { type: 'run-until-idle' },
    { type: 'close-conversation', conversationId: target },
    { type: 'reopen-conversation', conversationId: target },
    ...afterTheMove(s, opening.channelId, own, draw),
  ];
  const aimed: StartMove = { ...opening, history: allHistory(s.world) };
  return { world: s.world, script: [aimed, ...insert(s.script, 1, ...during).slice(1), ...after] };
}

/**
 * The world with the first conversation the situation acts on owned when it is not (and has no
 * ticket): under OPEN-9 "at-move-start" its ticket's owner is the one at the start, so OPEN-4 is
 * judged only when there is one. Another user than the one it is then reassigned to, when there is.
 */
function ownedFirst(world: World, own: readonly Conversation[], draw: SituationDraw): World {
  const first = own[draw.at % Math.max(1, own.length)];
  const owner = world.users[(draw.ms + 1) % Math.max(1, world.users.length)];
  if (first === undefined || owner === undefined || first.ownerId !== null) return world;
  if (world.tickets.some((t) => t.conversationId === first.id)) return world;
  return {
    ...world,
    conversations: world.conversations.map((c) => (c.id === first.id ? { ...c, ownerId: owner.id } : c)),
  };
}

/**
 * Once the channel is in help desk: a new conversation arrives in it (NEW-1; notifications, held
 * under OPEN-6 "off-until-complete" while the move ran, flow again unless turned off again, MOVE-7;
 * not flipped, a second arrives after they are turned off and on outside the move), and a reply
 * comes to its conversation with the most tickets (HIST-3: on the ticket in help desk, the one
 * OPEN-5 moved).
 */
function afterTheMove(
  s: GeneratedScenario,
  channelId: string,
  own: readonly Conversation[],
  draw: SituationDraw,
): Command[] {
  const channel = s.world.channels.find((c) => c.id === channelId);
  if (channel === undefined) return [];
  const at = latest(s);
  const kind = messageKindOf(channel);
  const id = `after-move-${draw.at}`;
  const contact = {
    subject: 'After the move',
    contactName: 'After Move',
    contactEmail: 'after-move@example.org',
  };
  const arrival = oneMessageConversation(id, channel, at, contact, kind);
  const ticketsOf = (c: Conversation) => s.world.tickets.filter((t) => t.conversationId === c.id).length;
  const busiest = own.reduce<Conversation | undefined>(
    (best, c) => (best === undefined || ticketsOf(c) > ticketsOf(best) ? c : best),
    undefined,
  );
  const reply: Command[] =
    busiest === undefined
      ? []
      : [
          {
            type: 'reply-arrives',
            conversationId: busiest.id,
            message: build.message(`${id}-r`, channelId, at, { kind, body: 'A reply' }),
          },
        ];
  // Not flipped, notifications then go off and on again outside the move, and a second conversation
  // arrives: nothing holds them then.
  const toggle: Command[] = draw.flip
    ? []
    : [
        { type: 'set-notifications', on: false },
        { type: 'set-notifications', on: true },
        {
          type: 'conversation-arrives',
          conversation: oneMessageConversation(`${id}-2`, channel, at, contact, kind),
        },
      ];
  return [{ type: 'conversation-arrives', conversation: arrival }, ...toggle, ...reply];
}
