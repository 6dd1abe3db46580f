import { describe, expect, it } from 'vitest';
import { estimateMoveMs, preflight } from '../../rules/index.ts';
import { account, conversation, SLA, ticket, user, world } from '../support/fixtures.ts';

const ALL = { kind: 'all', openStatus: 'New', closedStatus: 'Closed' } as const;
const inbox = world({
  conversations: [
    conversation('c1', 'email-1', { ownerId: 'temp', daysAgo: 1 }),
    conversation('c2', 'email-1', { ownerId: 'temp', daysAgo: 2 }),
    conversation('c3', 'email-1', { ownerId: 'agent', daysAgo: 3 }),
    conversation('c4', 'email-1', { ownerId: null, daysAgo: 4 }),
    conversation('f1', ['form-1', 'email-1']),
    conversation('f2', ['form-1', 'email-2']),
    conversation('f3', 'form-1'),
  ],
  tickets: [ticket('t2', 'c2')],
});
const byRule = (advice: ReturnType<typeof preflight>) => Object.fromEntries(advice.map((a) => [a.ruleId, a]));

describe('preflight', () => {
  it('ADV-1: lists users without access and counts the tickets left unassigned', () => {
    const adv = byRule(preflight(inbox, { channelId: 'email-1', history: ALL }))['ADV-1'];
    expect(adv?.figures).toEqual({ usersWithoutAccess: 1, ticketsUnassigned: 1 });
    expect(adv?.subjects.users).toEqual(['temp']);
    expect(adv?.subjects.conversations).toEqual(['c1']);
  });

  it('ADV-1: with history "none" no ticket is created, but the users are still listed', () => {
    const adv = byRule(preflight(inbox, { channelId: 'email-1', history: { kind: 'none' } }))['ADV-1'];
    expect(adv?.figures).toEqual({ usersWithoutAccess: 1, ticketsUnassigned: 0 });
  });

  it('ADV-2: warns when no SLA is configured, not otherwise', () => {
    expect(
      byRule(preflight(inbox, { channelId: 'email-1', history: ALL }))['ADV-2']?.figures.slaPolicies,
    ).toBe(0);
    const withSla = world({ ...inbox, account: { ...inbox.account, sla: SLA } });
    expect(byRule(preflight(withSla, { channelId: 'email-1', history: ALL }))['ADV-2']).toBeUndefined();
  });

  it('ADV-3: expected arrivals = rate × estimated duration, rounded to the nearest conversation', () => {
    const duration = estimateMoveMs(5, 10); // c1..c4 and f1, two messages each
    expect(duration).toBe(60_000 + 500 + 100);
    const given = byRule(
      preflight(inbox, { channelId: 'email-1', history: ALL, estimate: { conversationsPerMinute: 2 } }),
    )['ADV-3'];
    expect(given?.figures).toMatchObject({
      expectedArrivals: Math.round(2 * (duration / 60_000)),
      arrivalsPerHour: 120,
      estimatedMinutes: 1,
    });
    expect(given?.message).toContain('About 2 conversation(s)');
    expect(given?.message).toContain('(120/hour over an estimated 1 minute(s))');
    // Five conversations in 30 days: 0.0001 expected during a one-minute move, so no warning at all.
    expect(byRule(preflight(inbox, { channelId: 'email-1', history: ALL }))['ADV-3']).toBeUndefined();
  });

  it('ADV-4: expected notifications = tickets created (incl. arrivals) + assignments', () => {
    const adv = byRule(
      preflight(inbox, { channelId: 'email-1', history: ALL, estimate: { conversationsPerMinute: 2 } }),
    )['ADV-4'];
    // c1, c3, c4, f1 need a ticket (4) + 2 expected arrivals (2/min × 1.01 min); c3 and f1 are owned
    // by agent, who has access.
    expect(adv?.figures).toEqual({ expectedNotifications: 8, ticketsCreated: 6, ticketsAssigned: 2 });
    const off = world({ ...inbox, account: { ...inbox.account, notificationsOn: false } });
    expect(byRule(preflight(off, { channelId: 'email-1', history: ALL }))['ADV-4']).toBeUndefined();
  });

  it('ADV-5: a form move lists the threads continued over email and the email channels to move', () => {
    const adv = byRule(preflight(inbox, { channelId: 'form-1', history: ALL }))['ADV-5'];
    expect(adv?.figures).toEqual({ threadsStayingBehind: 2, emailChannels: 2 });
    expect(adv?.subjects.conversations).toEqual(['f1', 'f2']);
    expect(adv?.subjects.channels).toEqual(['email-1', 'email-2']);
    expect(byRule(preflight(inbox, { channelId: 'email-1', history: ALL }))['ADV-5']).toBeUndefined();
  });

  it('returns only the warnings that apply', () => {
    const calm = world({
      account: account({ sla: SLA, notificationsOn: false }),
      users: [user('admin', { superAdmin: true }), user('agent', { superAdmin: false })],
    });
    expect(preflight(calm, { channelId: 'email-1', history: ALL })).toEqual([]);
    expect(preflight(calm, { channelId: 'nope', history: ALL })).toEqual([]);
  });
});
