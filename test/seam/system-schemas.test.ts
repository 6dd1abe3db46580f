import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type {
  CommandResult,
  Observation,
  SystemEvent,
  Ticket,
  Conversation,
  Command,
  World,
} from '../../domain/index.ts';
import {
  CommandResultSchema,
  CommandSchema,
  ConversationSchema,
  ObservationSchema,
  SystemEventSchema,
  TicketSchema,
  WorldSchema,
} from '../../domain/system-schemas.ts';
import { createReferenceSystem } from '../../machines/index.ts';
import { BUILTIN_SUITE_DIR, loadScenarioFile } from '../../scenarios/index.ts';
import { playScript } from '../../harness/index.ts';
import { compileGuard } from '../../harness/compile-guard.ts';

// Compile time: what each schema accepts is a value of the domain type (the schemas say no less).
const accepts = <T>(_schema: z.ZodType<T>): void => undefined;
accepts<World>(WorldSchema);
accepts<Conversation>(ConversationSchema);
accepts<Ticket>(TicketSchema);
accepts<CommandResult>(CommandResultSchema);
accepts<Observation>(ObservationSchema);
accepts<SystemEvent>(SystemEventSchema);
accepts<Command>(CommandSchema);

const trace = (() => {
  const scenario = loadScenarioFile(join(BUILTIN_SUITE_DIR, 'open-9-lifecycle-during-move.yaml'));
  return playScript(createReferenceSystem, scenario.world, scenario.script, scenario.options);
})();

const SAMPLES: [string, z.ZodType, unknown[]][] = [
  ['CommandResult', CommandResultSchema, trace.steps.map((s) => s.result)],
  ['Observation', ObservationSchema, trace.steps.map((s) => s.observation)],
  ['SystemEvent', SystemEventSchema, [...trace.events]],
  ['Conversation', ConversationSchema, [...trace.after.conversations]],
  ['Ticket', TicketSchema, [...trace.after.tickets]],
  ['Command', CommandSchema, trace.steps.map((s) => s.command)],
  ['World', WorldSchema, [trace.before, trace.after]],
];

/** A copy of `value` with one node (chosen by `pick`) removed or replaced by `replacement`. */
function mutate(value: unknown, pick: number, replacement: unknown, remove: boolean): unknown {
  let counter = 0;
  const walk = (node: unknown): unknown => {
    if (typeof node !== 'object' || node === null) return node;
    const copy: Record<string, unknown> | unknown[] = Array.isArray(node)
      ? [...(node as unknown[])]
      : { ...node };
    for (const key of Object.keys(copy)) {
      if (counter++ === pick) {
        if (remove && !Array.isArray(copy)) delete copy[key];
        else (copy as Record<string, unknown>)[key] = replacement;
        return copy;
      }
      (copy as Record<string, unknown>)[key] = walk((copy as Record<string, unknown>)[key]);
    }
    return copy;
  };
  return walk(value);
}

const replacement = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.string({ maxLength: 3 }),
  fc.constantFrom('accepted', 'email', 'open', 'help-desk', 'ticket-created', 'ELIG-1', 'New'),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
);

/** The compiled guards (the seam's fast path) answer exactly as zod does. */
describe('compiled guards agree with the zod schemas', () => {
  it.each(SAMPLES)(
    '%s: on the reference answers, and on every kind of damage to them',
    (_name, schema, values) => {
      expect(values.length).toBeGreaterThan(0);
      const guard = compileGuard(schema);
      for (const value of values) expect(guard(value)).toBe(true);
      fc.assert(
        fc.property(
          fc.constantFrom(...values),
          fc.nat({ max: 400 }),
          replacement,
          fc.boolean(),
          (value, pick, other, remove) => {
            const damaged = mutate(value, pick, other, remove);
            expect(guard(damaged)).toBe(schema.safeParse(damaged).success);
          },
        ),
        { numRuns: 300, seed: 11 },
      );
    },
  );
});
