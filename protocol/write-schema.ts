// Writes docs/protocol.schema.json from the zod schemas (test/protocol/json-schema.test.ts fails
// when it is out of date). Run: npx tsx protocol/write-schema.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../domain/project-root.ts';
import { protocolJsonSchemaText } from './json-schema.ts';

export const SCHEMA_FILE = join(PROJECT_ROOT, 'docs', 'protocol.schema.json');

writeFileSync(SCHEMA_FILE, protocolJsonSchemaText());
process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
