import type { Command } from '../domain/index.ts';
import { build, currentChannelId, DAY } from '../domain/index.ts';
import { messageKindOf, type GeneratedScenario } from '../generators/index.ts';
import { insert, latest, type SituationDraw, type StartMove } from './_situation-parts.ts';
import { oneMessageConversation } from './_world-edits.ts';

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

/** A conversation delivered twice (INV-1): an arrival of the script, or one of the world's, again. */
export function redelivery(s: GeneratedScenario, draw: SituationDraw): GeneratedScenario {
  const arrivals = s.script.flatMap((c, i) => (c.type === 'conversation-arrives' ? [i] : []));
  const script = again(s.script, arrivals, draw);
  if (script !== null) return { ...s, script };
  const conversation = s.world.conversations[draw.at % Math.max(1, s.world.conversations.length)];
  if (conversation === undefined) return s;
  const at = 1 + (draw.ms % s.script.length);
  return { ...s, script: insert(s.script, at, { type: 'conversation-arrives', conversation }) };
}

/** A reply delivered twice (INV-2): a reply of the script again, or a new one twice. */
export function duplicateReply(s: GeneratedScenario, draw: SituationDraw): GeneratedScenario {
  const replies = s.script.flatMap((c, i) => (c.type === 'reply-arrives' ? [i] : []));
  const script = again(s.script, replies, draw);
  if (script !== null) return { ...s, script };
  const conversation = s.world.conversations[draw.at % Math.max(1, s.world.conversations.length)];
  const channel = s.world.channels.find((c) => c.id === (conversation && currentChannelId(conversation)));
  if (conversation === undefined || channel === undefined) return s;
  const reply: Command = {
    type: 'reply-arrives',
    conversationId: conversation.id,
    message: build.message('r-again', channel.id, latest(s), {
      kind: messageKindOf(channel),
      body: 'A reply',
    }),
  };
  const at = 1 + (draw.ms % s.script.length);
  return { ...s, script: insert(s.script, at, reply, reply) };
}

/**
 * A conversation arriving in the moving channel shortly after the move started (flipped: with
 * history "none", whose queue starts empty): the worker, idle or nearly so, must pick it up from
 * the moment it arrives, not from where its clock last stopped (MOVE-2; INV-7 dates every event
 * within its step); once moved, a reply to it goes onto its ticket (HIST-3).
 */
export function arrivalMidMove(
  s: GeneratedScenario,
  opening: StartMove,
  draw: SituationDraw,
): GeneratedScenario {
  const channel = s.world.channels.find((c) => c.id === opening.channelId);
  if (channel === undefined) return s;
  // Every other time it started a day before the move (delivered late, or imported): when it
  // started does not decide whether the move takes it (MOVE-2) nor its ticket's date (OPEN-7).
  const start = draw.at % 2 === 1 ? s.world.clock - DAY : latest(s);
  const id = `mid-move-${draw.at}`;
  const contact = {
    subject: 'Arrived mid-move',
    contactName: 'Mid Move',
    contactEmail: 'mid-move@example.org',
  };
  const conversation = oneMessageConversation(id, channel, start, contact, messageKindOf(channel));
  const moving: StartMove = draw.flip ? { ...opening, history: { kind: 'none' } } : opening;
  const script: Command[] = [
    moving,
    { type: 'advance', ms: draw.ms },
    { type: 'conversation-arrives', conversation },
    { type: 'advance', ms: draw.ms },
    ...s.script.slice(1),
    // Once it is in help desk, a reply: it goes onto its ticket (HIST-3).
    { type: 'run-until-idle' },
    {
      type: 'reply-arrives',
      conversationId: id,
      message: build.message(`${id}-m1`, channel.id, latest(s), {
        kind: messageKindOf(channel),
        body: 'Again',
      }),
    },
  ];
  return { world: s.world, script };
}
