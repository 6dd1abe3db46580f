import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SlaPolicy } from '../../domain/index.ts';
import { MINUTE, validateWorld } from '../../domain/index.ts';
import { operatingHoursArbitrary } from '../../generators/arbitraries/index.ts';
import { addSlaMinutes } from '../../machines/sla-clock.ts';
import { openTimeUntil, slaClockAdd } from '../../rules/sla.ts';
import { account, world } from '../support/fixtures.ts';

/*
 * The reference (machines/sla-clock.ts, walking forward interval by interval) and the checkers
 * (rules/sla.ts, inverting open time counted from a fixed origin) compute SLA due times
 * independently; a bug in one shows as a disagreement here.
 */
const policyArbitrary: fc.Arbitrary<SlaPolicy> = operatingHoursArbitrary().map((operatingHours) => ({
  firstReplyMinutes: 1,
  nextReplyMinutes: 1,
  timeToCloseMinutes: 1,
  schedule: 'operating-hours',
  operatingHours,
}));
// Any millisecond between 2020 and 2030, and targets up to three weeks of minutes.
const startArbitrary = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) });
const minutesArbitrary = fc.integer({ min: 1, max: 30_000 });

describe('the reference and the checkers agree on SLA due times', () => {
  it('on random operating hours, starts and targets', () => {
    let sampled = 0;
    fc.assert(
      fc.property(policyArbitrary, startArbitrary, minutesArbitrary, (sla, start, minutes) => {
        expect(validateWorld(world({ account: account({ sla }) }))).toEqual([]);
        sampled += 1;
        const reference = addSlaMinutes(sla, start, minutes);
        expect(slaClockAdd(sla, start, minutes)).toBe(reference);
      }),
      { numRuns: 2000, seed: 8 },
    );
    expect(sampled).toBeGreaterThanOrEqual(2000);
  });

  it('the due time is the earliest instant at which exactly the target of open time has passed', () => {
    fc.assert(
      fc.property(policyArbitrary, startArbitrary, minutesArbitrary, (sla, start, minutes) => {
        const hours = sla.operatingHours;
        if (hours === undefined) throw new Error('operating hours expected');
        const due = addSlaMinutes(sla, start, minutes);
        const open = (at: number) => openTimeUntil(hours, at) - openTimeUntil(hours, start);
        expect(open(due)).toBe(minutes * MINUTE);
        expect(open(due - 1)).toBe(minutes * MINUTE - 1);
      }),
      { numRuns: 1000, seed: 9 },
    );
  });

  it('on 24/7 both add plain minutes', () => {
    fc.assert(
      fc.property(startArbitrary, minutesArbitrary, (start, minutes) => {
        const sla: SlaPolicy = {
          firstReplyMinutes: 1,
          nextReplyMinutes: 1,
          timeToCloseMinutes: 1,
          schedule: '24/7',
        };
        expect(addSlaMinutes(sla, start, minutes)).toBe(start + minutes * MINUTE);
        expect(slaClockAdd(sla, start, minutes)).toBe(start + minutes * MINUTE);
      }),
      { numRuns: 200, seed: 10 },
    );
  });
});
