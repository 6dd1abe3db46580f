import { z } from 'zod';
import {
  CHANNEL_KINDS,
  CHATFLOW_SURFACES,
  isRuleId,
  MESSAGE_AUTHORS,
  MESSAGE_KINDS,
  RULE_IDS,
  SERVICE_HUB_TIERS,
  type RuleId,
} from '../../domain/index.ts';
import { DURATION_HELP, parseDuration, parseTime, TIME_HELP } from '../time-text.ts';

/**
 * A strict object: an unknown key is an error that lists the known ones (typos are the usual cause).
 */
export function strict<T extends z.ZodRawShape>(shape: T) {
  const known = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? `one of the known keys (${known})` : undefined),
  });
}

/** An identifier written in a scenario file. */
export const idSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:@+-]*$/, { error: 'an ID of letters, digits and - _ . : @ +' });

export const ruleIdSchema = z.string().refine((value): value is RuleId => isRuleId(value), {
  error: `a rule ID of docs/RULES.md (${RULE_IDS.slice(0, 3).join(', ')}, ... HIST-2a, ... INV-6)`,
});

export const durationSchema = z
  .union([z.string(), z.number()], { error: DURATION_HELP })
  .refine((value) => parseDuration(value) !== null, { error: DURATION_HELP });

export const timeSchema = z
  .union([z.string(), z.number()], { error: TIME_HELP })
  .refine((value) => parseTime(value, 0) !== null, { error: TIME_HELP });

/** `on` / `off` read better than true / false for a switch; YAML 1.2 keeps them as strings. */
export const switchSchema = z
  .union([z.boolean(), z.enum(['on', 'off'])], { error: 'on, off, true or false' })
  .transform((value) => value === true || value === 'on');

export const countSchema = z.number().int().nonnegative();

/**
 * Upper bounds of what a scenario may ask to build: the design's largest inbox (1,000,000
 * conversations) and generous per-conversation sizes. Without them a typo such as `count: 1e9`
 * would exhaust memory instead of giving one clear message.
 */
export const SCENARIO_LIMITS = {
  conversations: 1_000_000,
  messages: 20_000_000,
  messagesPerConversation: 10_000,
  ticketsPerConversation: 1_000,
} as const;

/** A count of at most `max` (a whole number, 0 or more). */
export const boundedCount = (max: number) => countSchema.max(max);

export const tierSchema = z.enum(SERVICE_HUB_TIERS);
export const channelKindSchema = z.enum(CHANNEL_KINDS);
export const surfaceSchema = z.enum(CHATFLOW_SURFACES);
export const messageKindSchema = z.enum(MESSAGE_KINDS);
export const authorSchema = z.enum(MESSAGE_AUTHORS);
export const conversationStatusSchema = z.enum(['open', 'closed']);
