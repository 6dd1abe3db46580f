import { z } from 'zod';
import {
  channelKindSchema,
  idSchema,
  strict,
  surfaceSchema,
  switchSchema,
  tierSchema,
} from './primitive-schemas.ts';

/** `HH:MM-HH:MM`, a [start, end) interval of the local day; `24:00` may end it. */
const hoursIntervalSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d-(([01]\d|2[0-3]):[0-5]\d|24:00)$/, {
  error: 'an interval HH:MM-HH:MM, e.g. 09:00-17:00',
});
const dayHoursSchema = z.array(hoursIntervalSchema).optional();

/** `operatingHours:` a fixed UTC offset and, per weekday, the open intervals (a day left out is closed). */
const operatingHoursSchema = strict({
  utcOffsetMinutes: z.number().int().min(-720).max(840).optional(),
  mon: dayHoursSchema,
  tue: dayHoursSchema,
  wed: dayHoursSchema,
  thu: dayHoursSchema,
  fri: dayHoursSchema,
  sat: dayHoursSchema,
  sun: dayHoursSchema,
});

const slaSchema = z.union(
  [
    z.enum(['none', 'default']),
    strict({
      firstReplyMinutes: z.number().positive(),
      nextReplyMinutes: z.number().positive(),
      timeToCloseMinutes: z.number().positive(),
      schedule: z.enum(['24/7', 'operating-hours']).optional(),
      operatingHours: operatingHoursSchema.optional(),
    }),
  ],
  {
    error:
      'none, default, or { firstReplyMinutes, nextReplyMinutes, timeToCloseMinutes, schedule, operatingHours }',
  },
);

/** `account:`; every field has a default (tier pro, beta on, notifications on, an SLA, the default pipeline). */
export const accountSchema = strict({
  id: idSchema.optional(),
  name: z.string().optional(),
  tier: tierSchema.optional(),
  beta: z.boolean().optional(),
  notifications: switchSchema.optional(),
  sla: slaSchema.optional(),
  /** The help desk pipeline's statuses, in order; the first is the one new tickets get. */
  pipeline: z.array(z.string().min(1)).min(1).optional(),
});

/** One entry of `users:`. */
export const userSchema = strict({
  id: idSchema,
  name: z.string().optional(),
  email: z.string().optional(),
  superAdmin: z.boolean().optional(),
  helpDeskAccess: z.boolean().optional(),
});

const settingsSchema = strict({
  signature: z.string().optional(),
  routing: strict({
    mode: z.enum(['none', 'round-robin', 'specific-users']).optional(),
    users: z.array(idSchema).optional(),
  }).optional(),
  automation: strict({
    autoReply: z.boolean().optional(),
    rules: z.array(z.string()).optional(),
  }).optional(),
  ticketCreation: strict({
    autoCreate: z.boolean().optional(),
    defaultStatus: z.string().nullable().optional(),
  }).optional(),
});

/** One entry of `channels:`. */
export const channelSchema = strict({
  id: idSchema,
  kind: channelKindSchema,
  name: z.string().optional(),
  address: z.string().optional(),
  surface: surfaceSchema.optional(),
  emailAddressKind: z.enum(['team', 'personal', 'fallback']).optional(),
  /** A channel can start out already in help desk (moved before the scenario). */
  location: z.enum(['inbox', 'help-desk']).optional(),
  settings: settingsSchema.optional(),
});

export type AccountInput = z.output<typeof accountSchema>;
export type OperatingHoursInput = z.output<typeof operatingHoursSchema>;
export type UserInput = z.output<typeof userSchema>;
export type ChannelInput = z.output<typeof channelSchema>;
