import { z } from 'zod';
import {
  authorSchema,
  durationSchema,
  idSchema,
  messageKindSchema,
  strict,
  switchSchema,
  timeSchema,
} from './primitive-schemas.ts';
import { conversationShape } from './conversation-schema.ts';

const byChannel = z.union([idSchema, strict({ channel: idSchema, by: idSchema.optional() })], {
  error: 'a channel ID, or { channel, by }',
});

/**
 * The value each script command takes, by its key. A step is `- key: value`, or the bare key for
 * commands that need nothing (`- run-until-idle`, `- worker-crash`).
 */
export const STEP_SCHEMAS = {
  'start-move': strict({
    channel: idSchema,
    /** The acting user; default: the first Super Admin. */
    by: idSchema.optional(),
    /** Default: chatflows-list for chatflows, inbox-settings otherwise (ELIG-8). */
    from: z.enum(['inbox-settings', 'chatflows-list']).optional(),
    /** none, all (open → the pipeline's first status, closed → its last), or { open, closed } as written. */
    history: z
      .union(
        [z.enum(['none', 'all']), strict({ open: z.string().optional(), closed: z.string().optional() })],
        {
          error: 'none, all, or { open: <status>, closed: <status> }',
        },
      )
      .optional(),
  }),
  'conversation-arrives': strict(conversationShape),
  /** The same conversation delivered again (an earlier `conversation-arrives` of the script). */
  redeliver: idSchema,
  'reply-arrives': strict({
    conversation: idSchema,
    id: idSchema.optional(),
    body: z.string().optional(),
    author: authorSchema.optional(),
    kind: messageKindSchema.optional(),
    channel: idSchema.optional(),
    at: timeSchema.optional(),
  }),
  'change-channel': strict({ conversation: idSchema, to: idSchema }),
  'set-help-desk-access': strict({ user: idSchema, access: z.boolean() }),
  'set-notifications': switchSchema,
  advance: durationSchema,
  /** Advance the clock to this time (`+2h` from the scenario start, or ISO). */
  at: timeSchema,
  'run-until-idle': z.union([z.null(), strict({ max: durationSchema.optional() })], {
    error: 'nothing, or { max: <duration> }',
  }),
  'leave-progress-page': z.union([z.null(), idSchema, strict({ user: idSchema })], {
    error: 'nothing, a user ID, or { user }',
  }),
  'cancel-move': byChannel,
  'move-back': byChannel,
  'move-history-later': byChannel,
  'worker-crash': z.null(),
  'worker-restart': z.null(),
  /** An agent closes or reopens a conversation (OPEN-9): its ID. */
  'close-conversation': idSchema,
  'reopen-conversation': idSchema,
  /** An agent gives the conversation to another owner, or to nobody (`to: null`) (OPEN-9). */
  'reassign-conversation': strict({
    conversation: idSchema,
    to: z.union([idSchema, z.null()], { error: 'a user ID, or null for nobody' }),
  }),
} as const;

export type StepKey = keyof typeof STEP_SCHEMAS;
export const STEP_KEYS = Object.keys(STEP_SCHEMAS) as StepKey[];

/** Commands that may be written as a bare word. */
export const BARE_STEPS: readonly StepKey[] = [
  'run-until-idle',
  'leave-progress-page',
  'worker-crash',
  'worker-restart',
];

/** A parsed step: its key and its validated value. */
export type StepInput = {
  [K in StepKey]: { readonly key: K; readonly value: z.output<(typeof STEP_SCHEMAS)[K]> };
}[StepKey];
