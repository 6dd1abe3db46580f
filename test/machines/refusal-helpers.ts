import { expect } from 'vitest';
import type { Command, SyncMigrationSystem, RuleId } from '../../domain/index.ts';

/**
 * Executes `command` and asserts it was refused naming `ruleId` and changed nothing (INV-6): same
 * world and observation, and the log gained exactly one `command-refused` event.
 */
export function expectRefused(s: SyncMigrationSystem, command: Command, ruleId: RuleId): void {
  const worldBefore = s.world();
  const observationBefore = s.observe();
  const eventsBefore = s.events().length;
  const result = s.execute(command);
  expect(result).toMatchObject({ status: 'refused', ruleId });
  if (result.status === 'refused') expect(result.reason.length).toBeGreaterThan(10);
  expect(s.world()).toEqual(worldBefore);
  expect(s.world().conversations).toBe(worldBefore.conversations);
  expect(s.observe()).toEqual(observationBefore);
  const added = s.events().slice(eventsBefore);
  expect(added).toHaveLength(1);
  expect(added[0]).toMatchObject({ type: 'command-refused', command: command.type, ruleId });
}
