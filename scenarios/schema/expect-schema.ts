import { z } from 'zod';
import { VERDICT_STATUSES } from '../../domain/index.ts';
import { COUNT_KEYS, type CountKey } from '../../harness/scenario.ts';
import { countSchema, idSchema, ruleIdSchema, strict, timeSchema } from './primitive-schemas.ts';

/** What a step's command must have returned; `step` counts script entries from 1. */
const stepExpectation = strict({
  step: z.number().int().positive(),
  refused: ruleIdSchema.optional(),
  accepted: z.literal(true).optional(),
  invalid: z.literal(true).optional(),
}).refine(
  (value) => [value.refused, value.accepted, value.invalid].filter((v) => v !== undefined).length === 1,
  {
    error: 'exactly one of refused: <rule ID>, accepted: true or invalid: true',
  },
);

const countsSchema = strict(
  Object.fromEntries(COUNT_KEYS.map((key) => [key, countSchema.optional()])) as Record<
    CountKey,
    z.ZodOptional<typeof countSchema>
  >,
);

const conversationExpectation = strict({
  location: z.enum(['inbox', 'help-desk']).optional(),
  channel: idSchema.optional(),
  tickets: countSchema.optional(),
  messages: countSchema.optional(),
});

/** A ticket named by `id`, or the one ticket of conversation `of`. */
const ticketExpectation = strict({
  id: idSchema.optional(),
  of: idSchema.optional(),
  status: z.string().optional(),
  owner: idSchema.nullable().optional(),
  createdAt: timeSchema.optional(),
  location: z.enum(['inbox', 'help-desk']).optional(),
  sla: z.boolean().optional(),
}).refine((value) => (value.id === undefined) !== (value.of === undefined), {
  error: 'exactly one of id: <ticket ID> or of: <conversation ID>',
});

/** `expect:` what must hold after the script has played. */
export const expectSchema = strict({
  steps: z.array(stepExpectation).optional(),
  counts: countsSchema.optional(),
  conversations: z.record(idSchema, conversationExpectation).optional(),
  tickets: z.array(ticketExpectation).optional(),
  channels: z.record(idSchema, z.enum(['inbox', 'moving', 'help-desk'])).optional(),
  verdicts: z.record(ruleIdSchema, z.enum(VERDICT_STATUSES)).optional(),
});

export type ExpectInput = z.output<typeof expectSchema>;
