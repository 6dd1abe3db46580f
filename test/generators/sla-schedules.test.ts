import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SlaPolicy, World } from '../../domain/index.ts';
import { DEFAULT_OPERATING_HOURS, validateWorld } from '../../domain/index.ts';
import { generateWorld } from '../../generators/index.ts';
import { slaPolicyArbitrary, worldArbitrary } from '../../generators/arbitraries/index.ts';

const withSla = (world: World, sla: SlaPolicy | null): World => ({
  ...world,
  account: { ...world.account, sla },
});

describe('generated SLA schedules', () => {
  const seeds = Array.from({ length: 30 }, (_, i) => i + 1);
  const drawn = seeds.map((seed) => generateWorld(seed, { conversations: 5, users: 3 }).account.sla);

  it('generateWorld draws both schedules, valid, with several offsets', () => {
    expect(drawn.length).toBe(30);
    const schedules = new Set(drawn.map((sla) => sla?.schedule));
    expect(schedules).toEqual(new Set(['24/7', 'operating-hours']));
    const offsets = new Set(
      drawn.map((sla) => sla?.operatingHours?.utcOffsetMinutes).filter((o) => o !== undefined),
    );
    expect(offsets.size).toBeGreaterThanOrEqual(3);
    // Some weeks have a lunch break (two intervals a day), some weekend hours.
    const hours = drawn.flatMap((sla) => (sla?.operatingHours === undefined ? [] : [sla.operatingHours]));
    expect(hours.some((h) => h.week[0]?.length === 2)).toBe(true);
    expect(hours.some((h) => (h.week[5]?.length ?? 0) > 0)).toBe(true);
    for (const seed of seeds.slice(0, 10)) {
      expect(validateWorld(generateWorld(seed, { conversations: 5, users: 3 }))).toEqual([]);
    }
  });

  it('the slaSchedule knob fixes the schedule', () => {
    expect(generateWorld(3, { conversations: 1, slaSchedule: '24/7' }).account.sla).toMatchObject({
      schedule: '24/7',
    });
    expect(generateWorld(3, { conversations: 1, slaSchedule: 'operating-hours' }).account.sla).toMatchObject({
      schedule: 'operating-hours',
      operatingHours: DEFAULT_OPERATING_HOURS,
    });
    expect(generateWorld(3, { conversations: 1, slas: false }).account.sla).toBeNull();
  });

  it('slaPolicyArbitrary draws both schedules, each valid', () => {
    const samples = fc.sample(slaPolicyArbitrary(), { numRuns: 200, seed: 4 });
    expect(samples.length).toBe(200);
    expect(new Set(samples.map((sla) => sla.schedule))).toEqual(new Set(['24/7', 'operating-hours']));
    const base = generateWorld(1, { conversations: 1, users: 2 });
    for (const sla of samples) expect(validateWorld(withSla(base, sla))).toEqual([]);
  });

  it('arbitrary worlds include operating-hours accounts', () => {
    const worlds = fc.sample(worldArbitrary({ maxConversations: 2 }), { numRuns: 100, seed: 5 });
    expect(worlds.some((w) => w.account.sla?.schedule === 'operating-hours')).toBe(true);
    expect(worlds.some((w) => w.account.sla?.schedule === '24/7')).toBe(true);
  });
});

describe('validateWorld on SLA policies', () => {
  const base = generateWorld(1, { conversations: 1, users: 2, slas: false });
  const office: SlaPolicy = {
    firstReplyMinutes: 60,
    nextReplyMinutes: 240,
    timeToCloseMinutes: 2880,
    schedule: 'operating-hours',
    operatingHours: DEFAULT_OPERATING_HOURS,
  };
  const paths = (sla: SlaPolicy) => validateWorld(withSla(base, sla)).map((p) => p.path);

  it('accepts operating hours and 24/7', () => {
    expect(paths(office)).toEqual([]);
    const { operatingHours: _none, ...plain } = office;
    expect(paths({ ...plain, schedule: '24/7' })).toEqual([]);
  });

  it('names missing, contradictory, overlapping and never-open hours', () => {
    const { operatingHours: _none, ...plain } = office;
    expect(paths(plain)).toEqual(['account.sla.operatingHours']);
    expect(paths({ ...office, schedule: '24/7' })).toEqual(['account.sla.operatingHours']);
    const overlap = {
      utcOffsetMinutes: 0,
      week: [
        [
          [540, 720],
          [700, 1020],
        ],
        [],
        [],
        [],
        [],
        [],
        [],
      ] as const,
    };
    expect(paths({ ...office, operatingHours: overlap })).toEqual(['account.sla.operatingHours.week[0][1]']);
    expect(
      paths({ ...office, operatingHours: { utcOffsetMinutes: 0, week: [[], [], [], [], [], [], []] } }),
    ).toEqual(['account.sla.operatingHours.week']);
    expect(
      paths({ ...office, operatingHours: { ...DEFAULT_OPERATING_HOURS, utcOffsetMinutes: 900 } }),
    ).toEqual(['account.sla.operatingHours.utcOffsetMinutes']);
    expect(paths({ ...office, firstReplyMinutes: 0 })).toEqual(['account.sla.firstReplyMinutes']);
  });
});
