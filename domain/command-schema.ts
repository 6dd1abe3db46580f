import { z } from 'zod';
import { ConversationSchema, MessageSchema } from './world-schemas.ts';

const id = z.string();
const actor = { actorId: id, channelId: id };

/** A command as the harness sends it to a system (domain/commands.ts). */
export const CommandSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('start-move'),
    ...actor,
    entryPoint: z.enum(['inbox-settings', 'chatflows-list']),
    history: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('none') }),
      z.object({
        kind: z.literal('all'),
        openStatus: z.string().optional(),
        closedStatus: z.string().optional(),
      }),
    ]),
  }),
  z.object({ type: z.literal('conversation-arrives'), conversation: ConversationSchema }),
  z.object({ type: z.literal('reply-arrives'), conversationId: id, message: MessageSchema }),
  z.object({ type: z.literal('change-channel'), conversationId: id, toChannelId: id }),
  z.object({ type: z.literal('set-help-desk-access'), userId: id, access: z.boolean() }),
  z.object({ type: z.literal('set-notifications'), on: z.boolean() }),
  z.object({ type: z.literal('advance'), ms: z.number() }),
  z.object({ type: z.literal('run-until-idle'), maxMs: z.number().optional() }),
  z.object({ type: z.literal('leave-progress-page'), userId: id }),
  z.object({ type: z.literal('cancel-move'), ...actor }),
  z.object({ type: z.literal('move-back'), ...actor }),
  z.object({ type: z.literal('move-history-later'), ...actor }),
  z.object({ type: z.literal('worker-crash') }),
  z.object({ type: z.literal('worker-restart') }),
  z.object({ type: z.literal('close-conversation'), conversationId: id }),
  z.object({ type: z.literal('reopen-conversation'), conversationId: id }),
  z.object({ type: z.literal('reassign-conversation'), conversationId: id, ownerId: id.nullable() }),
]);
