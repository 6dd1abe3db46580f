/**
 * Zod schemas of everything that crosses the seam (domain/system.ts), as the TypeScript types of
 * domain/ say it: what a system answers (CommandResultSchema, ObservationSchema, SystemEventSchema,
 * WorldSchema), what it is asked (CommandSchema, SystemOptionsSchema) and what it declares
 * (SystemCapabilitiesSchema). The runner validates every answer with them (harness/check-answers.ts);
 * the protocol publishes them as JSON Schema. Unknown keys are allowed (a system may say more).
 */
import { z } from 'zod';
import { COMMAND_TYPES } from './commands.ts';
import { POLICY_VALUES } from './policies.ts';
import { PROFILE_IDS } from './profiles.ts';
import { RULE_IDS } from './rule-ids.ts';
import { ChannelLocationSchema, SimTimeSchema } from './world-schemas.ts';

export * from './world-schemas.ts';

const id = z.string();
const ownerId = z.string().nullable();
const place = z.enum(['inbox', 'help-desk']);
const bannerPlace = z.enum(['inbox-settings', 'inbox']);

export const CommandResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('accepted') }),
  z.object({ status: z.literal('refused'), ruleId: z.enum(RULE_IDS), reason: z.string() }),
  z.object({ status: z.literal('invalid'), reason: z.string() }),
]);

export const ObservationSchema = z.object({
  at: SimTimeSchema,
  banner: z.object({ channelId: id, places: z.array(bannerPlace) }).nullable(),
  notificationsOn: z.boolean(),
  move: z
    .object({
      channelId: id,
      startedAt: SimTimeSchema,
      status: z.enum(['running', 'stalled']),
      processed: z.number(),
      pending: z.number(),
    })
    .nullable(),
  channelLocations: z.record(z.string(), ChannelLocationSchema),
});

const event = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ seq: z.number().int().nonnegative(), at: SimTimeSchema, type: z.literal(type), ...shape });

export const SystemEventSchema = z.discriminatedUnion('type', [
  event('move-started', { channelId: id, actorId: id, history: z.enum(['all', 'none']) }),
  event('move-completed', { channelId: id, conversationsMoved: z.number(), messagesMoved: z.number() }),
  event('conversation-arrived', { conversationId: id, channelId: id, location: place }),
  event('conversation-moved', { conversationId: id, channelId: id }),
  event('reply-added', { conversationId: id, messageId: id, location: place, ticketId: id.nullable() }),
  event('channel-changed', { conversationId: id, fromChannelId: id, toChannelId: id }),
  event('ticket-created', {
    ticketId: id,
    conversationId: id,
    status: z.string(),
    ownerId,
    createdAt: SimTimeSchema,
  }),
  event('ticket-moved', { ticketId: id, conversationId: id }),
  event('ticket-assigned', { ticketId: id, ownerId }),
  event('notification-sent', {
    reason: z.enum(['ticket-created', 'ticket-assigned']),
    ticketId: id,
    recipientId: id.nullable(),
  }),
  event('banner-shown', { channelId: id, places: z.array(bannerPlace) }),
  event('banner-hidden', { channelId: id }),
  event('notifications-changed', { on: z.boolean() }),
  event('access-changed', { userId: id, access: z.boolean() }),
  event('progress-page-left', { userId: id }),
  event('conversation-closed', { conversationId: id }),
  event('conversation-reopened', { conversationId: id }),
  event('conversation-reassigned', { conversationId: id, fromOwnerId: ownerId, ownerId }),
  event('worker-crashed', {}),
  event('worker-restarted', {}),
  event('command-refused', { command: z.enum(COMMAND_TYPES), ruleId: z.enum(RULE_IDS), reason: z.string() }),
]);

export const ProfileIdSchema = z.enum(PROFILE_IDS);

const policyShape = Object.fromEntries(
  Object.entries(POLICY_VALUES).map(([policy, values]) => [policy, z.enum(values)]),
) as unknown as {
  [K in keyof typeof POLICY_VALUES]: z.ZodEnum<{ [V in (typeof POLICY_VALUES)[K][number]]: V }>;
};

export const PoliciesSchema = z.object(policyShape);

export const SystemOptionsSchema = z.object({ policies: PoliciesSchema, profile: ProfileIdSchema });

export const SystemCapabilitiesSchema = z.object({
  profiles: z.array(ProfileIdSchema).optional(),
  policies: z
    .object(
      Object.fromEntries(
        Object.entries(policyShape).map(([policy, values]) => [policy, z.array(values).optional()]),
      ) as unknown as {
        [K in keyof typeof policyShape]: z.ZodOptional<z.ZodArray<(typeof policyShape)[K]>>;
      },
    )
    .optional(),
  testClock: z.boolean().optional(),
});

export { CommandSchema } from './command-schema.ts';
