// docs/protocol.schema.json is generated from the zod schemas the client and server check with;
// this fails when it is out of date (regenerate: npx tsx protocol/write-schema.ts).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { protocolJsonSchema, protocolJsonSchemaText } from '../../protocol/json-schema.ts';
import { OPS } from '../../protocol/messages.ts';

const FILE = resolve(import.meta.dirname, '../../docs/protocol.schema.json');

describe('docs/protocol.schema.json', () => {
  it('is what protocol/write-schema.ts generates now (npx tsx protocol/write-schema.ts)', () => {
    expect(readFileSync(FILE, 'utf8')).toBe(protocolJsonSchemaText());
  });

  it('defines every request and every result, and the domain shapes once each', () => {
    const defs = protocolJsonSchema().$defs as Record<string, unknown>;
    const names = OPS.map((op) => op.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()));
    expect(names).toHaveLength(7);
    for (const name of names) {
      expect(defs, name).toHaveProperty(`${name}Request`);
      expect(defs, name).toHaveProperty(`${name}Result`);
    }
    for (const shape of ['World', 'Command', 'CommandResult', 'Observation', 'SystemEvent', 'Response']) {
      expect(defs).toHaveProperty(shape);
    }
    expect(defs.WorldResult).toEqual({ $ref: '#/$defs/World' });
    expect(JSON.stringify(defs)).not.toContain('"$id"');
  });
});
