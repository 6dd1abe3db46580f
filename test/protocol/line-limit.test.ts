// A world too long for one protocol line is bad input, not the system's failure: the harness once
// reported V8's "Invalid string length" (JSON.stringify past ~512 MiB) as the system throwing.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../domain/index.ts';
import type { World } from '../../domain/index.ts';
import { execSystemFactory } from '../../protocol/exec-factory.ts';
import { BUILTIN_SUITE_DIR, loadScenarioFile } from '../../scenarios/index.ts';
import { playScript } from '../../harness/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE = 'test/protocol/fixtures/misbehaving-system.ts';
const scenario = loadScenarioFile(join(BUILTIN_SUITE_DIR, 'hist-2-new-tickets.yaml'));

describe('exec: client, a world longer than one protocol line can hold', () => {
  it('is bad input naming the request and the world, and the system plays on afterwards', async () => {
    // Every message shares one 200M-character body: the init line would be 600M+ characters.
    const body = 'x'.repeat(200_000_000);
    const world: World = {
      ...scenario.world,
      conversations: scenario.world.conversations.map((c) => ({
        ...c,
        messages: c.messages.map((m) => ({ ...m, body })),
      })),
    };
    expect(world.conversations.flatMap((c) => c.messages).length).toBeGreaterThanOrEqual(3);
    const factory = await execSystemFactory(`"${process.execPath}" --import tsx ${FIXTURE} none execute`, {
      cwd: ROOT,
    });
    try {
      let error: unknown = null;
      try {
        await playScript(factory, world, scenario.script, scenario.options);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).code).toBe('PROTOCOL_LINE_TOO_LONG');
      expect((error as Error).message).toContain(
        'the init request to an exec: system: expected a request that fits',
      );
      expect((error as Error).message).toContain(`a world of ${world.conversations.length} conversations`);
      // Nothing was sent: the same process still plays the scenario's own world.
      const trace = await playScript(factory, scenario.world, scenario.script, scenario.options);
      expect(trace.steps).toHaveLength(scenario.script.length);
    } finally {
      await factory.dispose?.();
    }
  }, 60_000);
});
