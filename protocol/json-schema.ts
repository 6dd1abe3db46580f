import { z } from 'zod';
import {
  DOMAIN_SHAPES,
  OPS,
  PROTOCOL_VERSION,
  REQUEST_SCHEMAS,
  responseSchema,
  RESULT_SCHEMAS,
} from './messages.ts';

const pascal = (op: string): string => op.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase());

/**
 * The JSON Schema (draft 2020-12) of every message of the protocol, generated from the zod schemas
 * the client and server check with: each request (`HelloRequest`, …), each op's result
 * (`HelloResult`, …), the response envelope, and the domain shapes they name (`World`, `Command`, …)
 * once each under `$defs`. docs/protocol.schema.json is this, written by protocol/write-schema.ts.
 */
export function protocolJsonSchema(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  const named: [string, z.ZodType][] = [
    ...Object.entries(DOMAIN_SHAPES),
    ['Response', responseSchema],
    ...OPS.map((op): [string, z.ZodType] => [`${pascal(op)}Request`, REQUEST_SCHEMAS[op]]),
  ];
  // An op whose result is a domain shape (world → World) gets a $ref to it, not a second copy.
  const aliases: Record<string, string> = {};
  for (const op of OPS) {
    const same = named.find(([, schema]) => schema === RESULT_SCHEMAS[op]);
    if (same === undefined) named.push([`${pascal(op)}Result`, RESULT_SCHEMAS[op]]);
    else aliases[`${pascal(op)}Result`] = same[0];
  }
  for (const [id, schema] of named) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/$defs/${id}`, target: 'draft-2020-12' });
  const defs = Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _schema, $id: _id, ...rest } = schema as Record<string, unknown>;
      return [id, rest];
    }),
  );
  for (const [alias, target] of Object.entries(aliases)) defs[alias] = { $ref: `#/$defs/${target}` };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://inbox-move-sim.invalid/protocol.schema.json',
    title: `inbox-move-sim system protocol, version ${PROTOCOL_VERSION}`,
    description:
      'One JSON object per line. Requests (harness → system, stdin) are the *Request definitions; each answer (system → harness, stdout) is a Response whose result, when ok, is the *Result of the request op. Generated from the zod schemas by protocol/write-schema.ts; see docs/PROTOCOL.md.',
    oneOf: [...OPS.map((op) => ({ $ref: `#/$defs/${pascal(op)}Request` })), { $ref: '#/$defs/Response' }],
    $defs: defs,
  };
}

/** The schema file's text: stable key order from the generator, two-space indent, final newline. */
export function protocolJsonSchemaText(): string {
  return `${JSON.stringify(protocolJsonSchema(), null, 2)}\n`;
}
