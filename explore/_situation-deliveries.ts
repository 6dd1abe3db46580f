import type { Command } from '../domain/index.ts';
import { build, currentChannelId } from '../domain/index.ts';
import { messageKindOf, type GeneratedScenario } from '../generators/index.ts';
import { insert, latest, type SituationDraw } from './_situation-parts.ts';

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
