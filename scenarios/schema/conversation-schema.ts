import { z } from 'zod';
import {
  authorSchema,
  boundedCount,
  conversationStatusSchema,
  countSchema,
  durationSchema,
  idSchema,
  messageKindSchema,
  SCENARIO_LIMITS,
  strict,
  timeSchema,
} from './primitive-schemas.ts';

const messageSchema = strict({
  id: idSchema.optional(),
  at: timeSchema.optional(),
  channel: idSchema.optional(),
  kind: messageKindSchema.optional(),
  author: authorSchema.optional(),
  body: z.string().optional(),
});

/** `messages:` a count, or a list of messages (each field optional). */
export const messagesSchema = z.union(
  [boundedCount(SCENARIO_LIMITS.messagesPerConversation), z.array(messageSchema)],
  {
    error: 'a count or a list of messages',
  },
);

const ticketSchema = strict({
  id: idSchema.optional(),
  status: z.string().optional(),
  owner: idSchema.nullable().optional(),
  createdAt: timeSchema.optional(),
  subject: z.string().optional(),
});

/** The fields a conversation has in the world and when it arrives in a script. */
export const conversationShape = {
  id: idSchema,
  /** The channel it is in (a history of one). */
  channel: idSchema.optional(),
  /** A history of channels, oldest first; the last is current (HIST-7). */
  channels: z.array(idSchema).min(1).optional(),
  /** Shorthand for a form submission continued over this email channel (HIST-8): `channel:` is the form. */
  continuedOverEmail: idSchema.optional(),
  subject: z.string().optional(),
  contact: strict({ name: z.string().optional(), email: z.string().optional() }).optional(),
  status: conversationStatusSchema.optional(),
  owner: idSchema.nullable().optional(),
  startedAt: timeSchema.optional(),
  messages: messagesSchema.optional(),
};

/** One entry of `conversations:`. */
export const conversationSchema = strict({
  ...conversationShape,
  location: z.enum(['inbox', 'help-desk']).optional(),
  /** `tickets:` a count, or a list of tickets. */
  tickets: z
    .union([boundedCount(SCENARIO_LIMITS.ticketsPerConversation), z.array(ticketSchema)], {
      error: 'a count or a list of tickets',
    })
    .optional(),
});

/** One entry of `bulk:`: N deterministic conversations in one channel (for size-dependent rules). */
export const bulkSchema = strict({
  channel: idSchema,
  count: boundedCount(SCENARIO_LIMITS.conversations),
  idPrefix: idSchema.optional(),
  messages: boundedCount(SCENARIO_LIMITS.messagesPerConversation).optional(),
  /** Every n-th conversation is closed (0: none). */
  closedEvery: countSchema.optional(),
  /** Every n-th conversation already has a ticket (0: none). */
  ticketEvery: countSchema.optional(),
  /** Owners given round-robin; none when empty. */
  owners: z.array(idSchema.nullable()).optional(),
  startedAt: timeSchema.optional(),
  spacing: durationSchema.optional(),
});

export type MessagesInput = z.output<typeof messagesSchema>;
export type ConversationInput = z.output<typeof conversationSchema>;
export type BulkInput = z.output<typeof bulkSchema>;
