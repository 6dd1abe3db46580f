import { z } from 'zod';
import { PROFILE_IDS, POLICY_VALUES, type PolicyId } from '../../domain/index.ts';
import { idSchema, ruleIdSchema, strict, timeSchema } from './primitive-schemas.ts';
import { bulkSchema, conversationSchema } from './conversation-schema.ts';
import { expectSchema } from './expect-schema.ts';
import { counterexampleSchema } from './counterexample-schema.ts';
import { accountSchema, channelSchema, userSchema } from './world-schema.ts';

const policy = <K extends PolicyId>(id: K) => z.enum(POLICY_VALUES[id]).optional();

/** `policies:` OPEN-n: value; the others keep their defaults (domain/policies.ts). */
const policiesSchema = strict({
  'OPEN-1': policy('OPEN-1'),
  'OPEN-2': policy('OPEN-2'),
  'OPEN-3': policy('OPEN-3'),
  'OPEN-4': policy('OPEN-4'),
  'OPEN-5': policy('OPEN-5'),
  'OPEN-6': policy('OPEN-6'),
  'OPEN-7': policy('OPEN-7'),
  'OPEN-8': policy('OPEN-8'),
  'OPEN-9': policy('OPEN-9'),
});

/** A scenario file, as written (before defaults are filled in). */
export const scenarioSchema = strict({
  id: idSchema,
  title: z.string().min(1),
  description: z.string().optional(),
  /** At least one, except in a saved counterexample of a system failure (see validateScenarioInput). */
  targets: z.array(ruleIdSchema),
  profile: z.enum(PROFILE_IDS).optional(),
  policies: policiesSchema.optional(),
  start: timeSchema.optional(),
  account: accountSchema.optional(),
  users: z.array(userSchema).optional(),
  channels: z.array(channelSchema).optional(),
  conversations: z.array(conversationSchema).optional(),
  bulk: z.array(bulkSchema).optional(),
  /** Validated step by step (see script-schema.ts), for precise messages. */
  script: z.array(z.unknown()).optional(),
  expect: expectSchema.optional(),
  /** A counterexample saved by `explore`: its verbatim world and script replace the fields above. */
  found: counterexampleSchema.optional(),
});

export type ScenarioInput = z.output<typeof scenarioSchema>;
