import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { generateWorld } from '../../generators/index.ts';
import { importApiExport } from '../../import/import-export.ts';
import { writeScenario } from '../../import/scenario-writer.ts';
import { writeExport } from '../../import/write-export.ts';
import { parseScenario } from '../../scenarios/index.ts';
import { canonical } from './support/canonical.ts';

const work = mkdtempSync(join(tmpdir(), 'ims-import-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let runs = 0;

/**
 * A generated world, written as an API export (with paging), imported back. Threads have at least
 * two messages: a channel of a history that no message went through (a form submission not yet
 * answered over email) has no trace in an export, whose channels are the messages' (docs/IMPORT.md).
 */
async function roundTrip(
  seed: number,
  knobs: Parameters<typeof generateWorld>[1],
  pageSize: number,
  pagesPerFile: number,
) {
  const world = generateWorld(seed, { messagesPerConversation: { min: 2, max: 7 }, poolSize: 40, ...knobs });
  const folder = join(work, `export-${(runs += 1)}`);
  const overrides = writeExport(world, folder, { pageSize, pagesPerFile });
  const imported = await importApiExport(folder, {
    ...overrides,
    tier: world.account.tier,
    beta: world.account.helpDeskBeta,
    notifications: world.account.notificationsOn,
    sla: world.account.sla,
    clock: world.clock,
  });
  return { original: world, world: imported.world, report: imported.report };
}

describe('API export round trip', () => {
  it('world → export → import gives the same world up to IDs', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(10_000),
        fc.record({
          conversations: fc.integer({ min: 0, max: 60 }),
          users: fc.integer({ min: 1, max: 6 }),
          closedShare: fc.double({ min: 0, max: 1, noNaN: true }),
          ticketShare: fc.double({ min: 0, max: 1, noNaN: true }),
          severalTicketsShare: fc.double({ min: 0, max: 1, noNaN: true }),
          changedChannelShare: fc.double({ min: 0, max: 1, noNaN: true }),
          hostileShare: fc.double({ min: 0, max: 1, noNaN: true }),
          slas: fc.boolean(),
          notificationsOn: fc.boolean(),
        }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 3 }),
        async (seed, knobs, pageSize, pagesPerFile) => {
          const { original, world, report } = await roundTrip(seed, knobs, pageSize, pagesPerFile);
          expect(canonical(world)).toEqual(canonical(original));
          // The archived and spam threads are left out, and said to be.
          const reasons = report.notMapped.map((entry) => entry.reason);
          if (original.conversations.length > 0)
            expect(reasons.filter((r) => /archived|spam/.test(r))).toHaveLength(3);
        },
      ),
      { numRuns: 25, seed: 42 },
    );
  }, 120_000);

  it('carries hostile strings, several tickets and form threads continued over email', async () => {
    const { original, world, report } = await roundTrip(
      3,
      {
        conversations: 300,
        users: 8,
        hostileShare: 0.5,
        severalTicketsShare: 0.5,
        formContinuedOverEmailShare: 0.9,
      },
      50,
      2,
    );
    expect(original.conversations.length).toBe(300);
    expect(canonical(world)).toEqual(canonical(original));
    expect(report.tickets.conversationsWithSeveralTickets).toBeGreaterThan(0);
    expect(world.conversations.some((c) => c.channelHistory.length === 2)).toBe(true);
    expect(world.conversations.some((c) => /[<\u202e]/.test(c.subject + c.contactName))).toBe(true);
  });

  it('the scenario file it writes loads back to exactly the imported world', async () => {
    const { world: imported } = await roundTrip(
      11,
      { conversations: 120, users: 6, hostileShare: 0.5 },
      20,
      2,
    );
    const parts: string[] = [];
    writeScenario(imported, 'test export', (text) => parts.push(text));
    const loaded = parseScenario(parts.join(''), 'inbox.yaml');
    expect(loaded.world).toEqual(imported);
    expect(loaded.script.length).toBe(2);
  });
});
