/** Zod schemas of a World and its parts (domain/world.ts); see system-schemas.ts. */
import { z } from 'zod';
import { SERVICE_HUB_TIERS } from './account.ts';
import { CHANNEL_KINDS, CHATFLOW_SURFACES } from './channel.ts';
import { MESSAGE_AUTHORS, MESSAGE_KINDS } from './conversation.ts';

/** Simulated time: milliseconds since the Unix epoch (a finite number). */
export const SimTimeSchema = z.number().describe('simulated time, milliseconds since the Unix epoch');
const id = z.string();
const ownerId = z.string().nullable();
const place = z.enum(['inbox', 'help-desk']);
export const ChannelLocationSchema = z.enum(['inbox', 'moving', 'help-desk']);

export const MessageSchema = z.object({
  id,
  at: SimTimeSchema,
  channelId: id,
  kind: z.enum(MESSAGE_KINDS),
  author: z.enum(MESSAGE_AUTHORS),
  body: z.string(),
});

export const ConversationSchema = z.object({
  id,
  subject: z.string(),
  contactName: z.string(),
  contactEmail: z.string(),
  channelHistory: z.array(id).min(1),
  startedAt: SimTimeSchema,
  status: z.enum(['open', 'closed']),
  ownerId,
  messages: z.array(MessageSchema),
  location: place,
});

export const TicketSchema = z.object({
  id,
  conversationId: id,
  subject: z.string(),
  createdAt: SimTimeSchema,
  status: z.string(),
  ownerId,
  location: place,
  sla: z
    .object({ firstReplyDueAt: SimTimeSchema, nextReplyDueAt: SimTimeSchema, closeDueAt: SimTimeSchema })
    .nullable(),
});

export const UserSchema = z.object({
  id,
  name: z.string(),
  email: z.string(),
  superAdmin: z.boolean(),
  helpDeskAccess: z.boolean(),
});

export const ChannelSchema = z.object({
  id,
  name: z.string(),
  kind: z.enum(CHANNEL_KINDS),
  surface: z.enum(CHATFLOW_SURFACES).optional(),
  emailAddressKind: z.enum(['team', 'personal', 'fallback']).optional(),
  address: z.string(),
  settings: z.object({
    signature: z.string(),
    routing: z.object({ mode: z.enum(['none', 'round-robin', 'specific-users']), userIds: z.array(id) }),
    automation: z.object({ autoReply: z.boolean(), rules: z.array(z.string()) }),
    ticketCreation: z.object({ autoCreate: z.boolean(), defaultStatus: z.string().nullable() }),
  }),
  location: ChannelLocationSchema,
});

export const AccountSchema = z.object({
  id,
  name: z.string(),
  tier: z.enum(SERVICE_HUB_TIERS),
  helpDeskBeta: z.boolean(),
  notificationsOn: z.boolean(),
  sla: z
    .object({
      firstReplyMinutes: z.number(),
      nextReplyMinutes: z.number(),
      timeToCloseMinutes: z.number(),
      schedule: z.enum(['24/7', 'operating-hours']),
      operatingHours: z
        .object({
          utcOffsetMinutes: z.number(),
          week: z.array(z.array(z.tuple([z.number(), z.number()]))),
        })
        .optional(),
    })
    .nullable(),
  pipeline: z.object({ id, statuses: z.array(z.string()) }),
});

/** The world without its big lists' elements (checked one by one, see check-answers.ts). */
export const WorldEnvelopeSchema = z.object({
  clock: SimTimeSchema,
  account: AccountSchema,
  users: z.array(UserSchema),
  channels: z.array(ChannelSchema),
  conversations: z.array(z.unknown()),
  tickets: z.array(z.unknown()),
});

export const WorldSchema = WorldEnvelopeSchema.extend({
  conversations: z.array(ConversationSchema),
  tickets: z.array(TicketSchema),
});
