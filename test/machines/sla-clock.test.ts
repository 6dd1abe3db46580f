import { describe, expect, it } from 'vitest';
import type { OperatingHours, SlaPolicy } from '../../domain/index.ts';
import { DEFAULT_OPERATING_HOURS, MINUTE } from '../../domain/index.ts';
import { addSlaMinutes, slaDueTimes } from '../../machines/sla-clock.ts';
import { account, conversation, ticket, world } from '../support/fixtures.ts';
import { startMove } from '../support/commands.ts';
import { eventsOf, play, system, ticketsOf } from './play-reference.ts';

const NINE_TO_FIVE_UTC2: OperatingHours = { ...DEFAULT_OPERATING_HOURS, utcOffsetMinutes: 120 };
const office = (hours: OperatingHours = NINE_TO_FIVE_UTC2): SlaPolicy => ({
  firstReplyMinutes: 60,
  nextReplyMinutes: 240,
  timeToCloseMinutes: 2880,
  schedule: 'operating-hours',
  operatingHours: hours,
});
/** Local (UTC+2) wall-clock time as a UTC instant. */
const local = (day: number, hour: number, minute = 0) => Date.UTC(2024, 3, day, hour - 2, minute);
// 19 April 2024 is a Friday, 22 April the Monday after.
const FRIDAY_1630 = local(19, 16, 30);

describe('the reference SLA clock (hand-computed)', () => {
  it('Friday 16:30 + 60 min under Mon-Fri 9-17 (UTC+2) is Monday 9:30 local', () => {
    expect(addSlaMinutes(office(), FRIDAY_1630, 60)).toBe(local(22, 9, 30));
  });

  it('a start outside hours waits for the next opening', () => {
    expect(addSlaMinutes(office(), local(20, 11), 60)).toBe(local(22, 10)); // Saturday
    expect(addSlaMinutes(office(), local(23, 7), 30)).toBe(local(23, 9, 30)); // Tuesday before 9
    expect(addSlaMinutes(office(), local(23, 18), 30)).toBe(local(24, 9, 30)); // Tuesday after 17
  });

  it('a target ending exactly at closing time is due at closing time', () => {
    expect(addSlaMinutes(office(), local(23, 16), 60)).toBe(local(23, 17));
  });

  it('skips a lunch break and whole weeks', () => {
    const day: (readonly [number, number])[] = [
      [540, 720],
      [780, 1020],
    ];
    const lunch: OperatingHours = { utcOffsetMinutes: 120, week: [day, day, day, day, day, [], []] };
    expect(addSlaMinutes(office(lunch), local(23, 11, 30), 60)).toBe(local(23, 13, 30));
    // 2880 min = 48 open hours: Tuesday 16-17 (1), Wed-Fri (24), Mon and Tue (16), then 7 more
    // on Wednesday 1 May: due 16:00 local.
    expect(addSlaMinutes(office(), local(23, 16), 2880)).toBe(Date.UTC(2024, 4, 1, 14));
  });

  it('24/7 adds plain minutes', () => {
    const sla: SlaPolicy = { ...office(), schedule: '24/7', operatingHours: undefined };
    expect(slaDueTimes(sla, FRIDAY_1630)).toEqual({
      firstReplyDueAt: FRIDAY_1630 + 60 * MINUTE,
      nextReplyDueAt: FRIDAY_1630 + 240 * MINUTE,
      closeDueAt: FRIDAY_1630 + 2880 * MINUTE,
    });
  });
});

describe('the reference sets due times on moved and back-dated tickets (OPEN-8)', () => {
  const inbox = world({
    clock: FRIDAY_1630,
    account: account({ sla: office() }),
    conversations: [
      conversation('c1', 'email-1', { startedAt: local(17, 10) }),
      conversation('c2', 'email-1', { startedAt: local(18, 16) }),
    ],
    tickets: [ticket('t1', 'c1', { createdAt: local(17, 10) })],
  });

  const moveAll = (policy: 'at-help-desk-entry' | 'at-create-date') => {
    const s = system(inbox, { policies: { 'OPEN-8': policy } });
    play(s, startMove(), { type: 'run-until-idle' });
    return s;
  };

  it('at-help-desk-entry: clocks start when each conversation is processed (Friday 16:30 + a few ms)', () => {
    const s = moveAll('at-help-desk-entry');
    const moved = eventsOf(s, 'conversation-moved');
    expect(moved).toHaveLength(2);
    for (const event of moved) {
      const [t] = ticketsOf(s, event.conversationId);
      const late = event.at - FRIDAY_1630;
      expect(late).toBeGreaterThanOrEqual(0);
      expect(late).toBeLessThan(30 * MINUTE);
      expect(t?.sla?.firstReplyDueAt).toBe(local(22, 9, 30) + late);
      expect(t?.sla?.nextReplyDueAt).toBe(local(22, 12, 30) + late);
    }
  });

  it('at-create-date: clocks start at the create dates, born breached', () => {
    const s = moveAll('at-create-date');
    expect(ticketsOf(s, 'c1')[0]?.sla?.firstReplyDueAt).toBe(local(17, 11)); // Wednesday 10:00 + 1h
    // c2's ticket is dated Thursday 16:00: 1h left that day, then Friday 9:00 onwards.
    expect(ticketsOf(s, 'c2')[0]?.createdAt).toBe(local(18, 16));
    expect(ticketsOf(s, 'c2')[0]?.sla?.firstReplyDueAt).toBe(local(18, 17));
    expect(ticketsOf(s, 'c2')[0]?.sla?.nextReplyDueAt).toBe(local(19, 12));
  });
});
