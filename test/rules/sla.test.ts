import { describe, expect, it } from 'vitest';
import type { SlaPolicy, Ticket, Trace, World } from '../../domain/index.ts';
import { DAY, DEFAULT_OPERATING_HOURS, MINUTE } from '../../domain/index.ts';
import { expectedSla, slaClockAdd } from '../../rules/sla.ts';
import { check } from './support/check.ts';
import { account, conversation, SLA, T0, ticket, world } from '../support/fixtures.ts';
import { MiniSystem } from './support/mini-system.ts';
import { findingsOf, mapEvents, withAfter, withPolicies } from './support/mutate.ts';

// T0 is Wednesday 1 May 2024, 00:00 UTC: before opening under Monday to Friday 9-17.
const OFFICE: SlaPolicy = { ...SLA, schedule: 'operating-hours', operatingHours: DEFAULT_OPERATING_HOURS };

const inbox = (sla: SlaPolicy | null): World =>
  world({
    account: account({ sla }),
    conversations: [conversation('c1', 'email-1'), conversation('c2', 'email-1', { daysAgo: 10 })],
    tickets: [ticket('t1', 'c1')],
  });
const moved = (sla: SlaPolicy | null = SLA) =>
  new MiniSystem(inbox(sla)).start('email-1').runUntilIdle().trace();
const arrived = (sla: SlaPolicy | null = SLA) =>
  new MiniSystem(inbox(sla))
    .start('email-1')
    .runUntilIdle()
    .arrive(conversation('n1', 'email-1', { daysAgo: 0 }))
    .trace();

const helpDeskTickets = (trace: Trace): Ticket[] =>
  trace.after.tickets.filter((t) => t.location === 'help-desk');
const mapSla = (trace: Trace, change: (t: Ticket) => Ticket['sla']): Trace =>
  withAfter(trace, (w) => ({
    ...w,
    tickets: w.tickets.map((t) => (t.location === 'help-desk' ? { ...t, sla: change(t) } : t)),
  }));

describe('HIST-4 SLA due times of moved tickets', () => {
  it('passes when each due time is the processing time plus the target (24/7)', () => {
    const trace = moved();
    expect(helpDeskTickets(trace).length).toBeGreaterThanOrEqual(2);
    expect(check('HIST-4', trace).status).toBe('pass');
  });

  it('names every ticket whose targets were read as seconds', () => {
    const trace = mapSla(moved(), (t) => {
      const start = t.sla?.firstReplyDueAt ?? 0;
      const from = start - SLA.firstReplyMinutes * MINUTE;
      return { firstReplyDueAt: from + 60_000, nextReplyDueAt: from + 120_000, closeDueAt: from + 1_440_000 };
    });
    const verdict = check('HIST-4', trace);
    expect(verdict.status).toBe('violated');
    expect(findingsOf(verdict).flatMap((f) => f.subjects.tickets ?? [])).toEqual(
      expect.arrayContaining(helpDeskTickets(trace).map((t) => t.id)),
    );
  });

  it('names a due time no calendar can hold, without crashing on it', () => {
    const trace = mapSla(moved(), () => ({
      firstReplyDueAt: 1e300,
      nextReplyDueAt: 9e15,
      closeDueAt: -9e15,
    }));
    const verdict = check('HIST-4', trace);
    expect(verdict.status).toBe('violated');
    expect(
      findingsOf(verdict)
        .map((f) => f.actual)
        .join(' '),
    ).toContain('1e+300 ms (no calendar date)');
  });

  it('under operating hours expects Wednesday 10:00, 11:00 and Friday 17:00 for a move at midnight', () => {
    const trace = moved(OFFICE);
    // The mini system counts 24/7: wrong under operating hours.
    expect(check('HIST-4', trace).status).toBe('violated');
    const wed = T0;
    const hand = {
      firstReplyDueAt: wed + 10 * 60 * MINUTE,
      nextReplyDueAt: wed + 11 * 60 * MINUTE,
      closeDueAt: wed + 2 * DAY + 17 * 60 * MINUTE,
    };
    expect(
      check(
        'HIST-4',
        mapSla(trace, () => hand),
      ).status,
    ).toBe('pass');
  });

  it('flags a processing time the log places outside the step that processed it', () => {
    const late = (at: number) => at + DAY;
    let trace = mapEvents(moved(), (e) => (e.type === 'conversation-moved' ? { ...e, at: late(e.at) } : e));
    // Due times consistent with the log's (false) time: only the step's clock shows it.
    trace = mapSla(trace, (t) =>
      t.sla === null
        ? null
        : {
            firstReplyDueAt: late(t.sla.firstReplyDueAt),
            nextReplyDueAt: late(t.sla.nextReplyDueAt),
            closeDueAt: late(t.sla.closeDueAt),
          },
    );
    const findings = findingsOf(check('HIST-4', trace));
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0]?.expected).toMatch(/^processed within step/);
  });

  it('expects no SLA when the account has none', () => {
    expect(check('HIST-4', moved(null)).status).toBe('pass');
    const trace = mapSla(moved(null), () => ({ firstReplyDueAt: T0, nextReplyDueAt: T0, closeDueAt: T0 }));
    expect(findingsOf(check('HIST-4', trace))[0]?.expected).toBe('no SLA');
  });
});

describe('OPEN-8 when SLA clocks start', () => {
  it('passes under at-help-desk-entry when clocks start on entry', () => {
    const verdict = check('OPEN-8', moved());
    expect(verdict.status).toBe('pass');
    expect(verdict.status === 'pass' ? verdict.evidence : '').toMatch(/consistent with "at-help-desk-entry"/);
  });

  it('is violated under at-create-date when the system started the clocks on entry', () => {
    const trace = withPolicies(moved(), { 'OPEN-8': 'at-create-date' });
    const findings = findingsOf(check('OPEN-8', trace));
    expect(findings.length).toBeGreaterThanOrEqual(2);
    expect(findings[0]?.actual).toMatch(/at-help-desk-entry/);
    expect(check('HIST-4', trace).status).toBe('violated');
  });

  it('passes under at-create-date when clocks start at the create dates (born breached)', () => {
    const base = withPolicies(moved(), { 'OPEN-8': 'at-create-date' });
    const fromCreate = mapSla(base, (t) => ({
      firstReplyDueAt: t.createdAt + SLA.firstReplyMinutes * MINUTE,
      nextReplyDueAt: t.createdAt + SLA.nextReplyMinutes * MINUTE,
      closeDueAt: t.createdAt + SLA.timeToCloseMinutes * MINUTE,
    }));
    expect(check('OPEN-8', fromCreate).status).toBe('pass');
    expect(check('HIST-4', fromCreate).status).toBe('pass');
    // The same trace judged under the default: the system followed the other value.
    expect(check('OPEN-8', withPolicies(fromCreate, { 'OPEN-8': 'at-help-desk-entry' })).status).toBe(
      'violated',
    );
  });

  it('is not exercised without SLAs', () =>
    expect(check('OPEN-8', moved(null)).status).toBe('not-exercised'));
});

describe('NEW-2 SLA due times of new tickets', () => {
  it('passes when clocks start at the ticket creation', () =>
    expect(check('NEW-2', arrived()).status).toBe('pass'));

  it('names the new ticket counted 24/7 under operating hours', () => {
    const trace = arrived(OFFICE);
    const findings = findingsOf(check('NEW-2', trace));
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0]?.subjects.conversations).toEqual(['n1']);
    expect(findings[0]?.expected).toMatch(/operating-hours/);
  });
});

describe('expectedSla (remembers its last two answers)', () => {
  it('answers alike whatever was asked before, for either policy and any order', () => {
    const fresh = (sla: SlaPolicy, start: number) => ({
      firstReplyDueAt: slaClockAdd(sla, start, sla.firstReplyMinutes),
      nextReplyDueAt: slaClockAdd(sla, start, sla.nextReplyMinutes),
      closeDueAt: slaClockAdd(sla, start, sla.timeToCloseMinutes),
    });
    const starts = [T0, T0 + 3 * DAY, T0, T0 + 17 * MINUTE, T0, T0 + 3 * DAY, T0 + 9 * DAY];
    for (const start of starts)
      for (const sla of [OFFICE, SLA, OFFICE]) expect(expectedSla(sla, start)).toEqual(fresh(sla, start));
  });
});
