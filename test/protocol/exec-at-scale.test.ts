// The reference over the protocol on a world of 60,000 conversations: a 100 MB init line, a move
// that logs ~150k events in one step, a world answer of over 100 MB. The client once split lines
// quadratically (a 40 MB line took 7.4 s: the step timed out, blamed on the system) and appended a
// step's events with a spread push (a stack overflow past ~125k events, blamed on the system).
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICIES, DEFAULT_PROFILE } from '../../domain/index.ts';
import { benchScript, benchWorld } from '../../bench/size-run.ts';
import { createReferenceSystem } from '../../machines/index.ts';
import { execSystemFactory } from '../../protocol/exec-factory.ts';
import { playScript } from '../../harness/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SERVER = `"${process.execPath}" --import tsx cli/main.ts serve-system --stdio`;

describe('exec: client at scale', () => {
  it('plays a 60k-conversation move through the protocol as in process, within the default step timeout', async () => {
    const world = benchWorld(60_000);
    const { script } = benchScript(world);
    const options = { policies: DEFAULT_POLICIES, profile: DEFAULT_PROFILE };
    const local = playScript(createReferenceSystem, world, script, options);
    const factory = await execSystemFactory(SERVER, { cwd: ROOT });
    try {
      const remote = await playScript(factory, world, script, options);
      expect(local.events.length).toBeGreaterThan(130_000);
      expect(remote.events).toEqual(local.events);
      expect(remote.after.tickets.length).toBe(local.after.tickets.length);
      expect(remote.after.conversations.filter((c) => c.location === 'help-desk').length).toBe(
        local.after.conversations.filter((c) => c.location === 'help-desk').length,
      );
    } finally {
      await factory.dispose?.();
    }
  }, 120_000);
});
