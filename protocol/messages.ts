import { z } from 'zod';
import {
  CommandResultSchema,
  CommandSchema,
  ObservationSchema,
  SystemCapabilitiesSchema,
  SystemEventSchema,
  SystemOptionsSchema,
  WorldSchema,
} from '../domain/system-schemas.ts';

/**
 * The domain shapes the messages carry, by the names docs/PROTOCOL.md and the JSON Schema give them
 * (its `$defs`, in this order).
 */
export const DOMAIN_SHAPES = {
  World: WorldSchema,
  Command: CommandSchema,
  CommandResult: CommandResultSchema,
  Observation: ObservationSchema,
  SystemEvent: SystemEventSchema,
  SystemOptions: SystemOptionsSchema,
  SystemCapabilities: SystemCapabilitiesSchema,
} as const;

/** The protocol version `hello` answers with; bumped only for an incompatible change. */
export const PROTOCOL_VERSION = 1;

/** Every operation, in the order docs/PROTOCOL.md describes them. */
export const OPS = ['hello', 'init', 'execute', 'world', 'observe', 'events-since', 'close'] as const;
export type Op = (typeof OPS)[number];

const requestId = z.number().int().nonnegative();

const request = <O extends Op, S extends z.ZodRawShape>(op: O, shape: S) =>
  z.object({ id: requestId, op: z.literal(op), ...shape });

/** What the harness sends, per op. */
export const REQUEST_SCHEMAS = {
  hello: request('hello', {}),
  init: request('init', {
    world: WorldSchema,
    options: SystemOptionsSchema,
  }),
  execute: request('execute', { command: CommandSchema }),
  world: request('world', {}),
  observe: request('observe', {}),
  'events-since': request('events-since', { seq: z.number().int().nonnegative() }),
  close: request('close', {}),
} as const satisfies Record<Op, z.ZodType>;

export const requestSchema = z.discriminatedUnion('op', [
  REQUEST_SCHEMAS.hello,
  REQUEST_SCHEMAS.init,
  REQUEST_SCHEMAS.execute,
  REQUEST_SCHEMAS.world,
  REQUEST_SCHEMAS.observe,
  REQUEST_SCHEMAS['events-since'],
  REQUEST_SCHEMAS.close,
]);
export type Request = z.output<typeof requestSchema>;

const identity = { name: z.string().min(1), capabilities: SystemCapabilitiesSchema };

/** The `result` of a successful response, per op. */
export const RESULT_SCHEMAS = {
  hello: z.object({ ...identity, protocol: z.literal(PROTOCOL_VERSION) }),
  init: z.object(identity),
  execute: z.object({ result: CommandResultSchema, events: z.array(SystemEventSchema) }),
  world: WorldSchema,
  observe: ObservationSchema,
  'events-since': z.array(SystemEventSchema),
  close: z.null(),
} as const satisfies Record<Op, z.ZodType>;

/**
 * What the client checks itself, per op. Worlds and observations are passed on unchecked: the
 * runner validates every answer of every system (scenarios/check-answers.ts, a world's elements
 * once each), so checking them here too would only double the cost of the biggest answers.
 */
export const CLIENT_CHECKS = {
  ...RESULT_SCHEMAS,
  world: z.unknown(),
  observe: z.unknown(),
} as const satisfies Record<Op, z.ZodType>;

export type ResultOf<O extends Op> = z.output<(typeof RESULT_SCHEMAS)[O]>;

/** Every response: the request's id, then a result or an error message. */
export const responseSchema = z.discriminatedUnion('ok', [
  z.object({ id: requestId, ok: z.literal(true), result: z.unknown() }),
  z.object({ id: requestId, ok: z.literal(false), error: z.string() }),
]);
export type Response = z.output<typeof responseSchema>;
