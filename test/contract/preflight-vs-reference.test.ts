import { describe, expect, it } from 'vitest';
import type { Advice, Channel, HistoryChoice, Trace, World } from '../../domain/index.ts';
import { currentChannelId, DEFAULT_POLICIES, DEFAULT_PROFILE } from '../../domain/index.ts';
import { createReferenceSystem } from '../../machines/index.ts';
import { preflight } from '../../rules/index.ts';
import { BUILTIN_SUITE_DIR, loadScenarioFile, loadScenarios } from '../../scenarios/index.ts';
import { playScript } from '../../harness/index.ts';

const ALL: HistoryChoice = { kind: 'all', openStatus: 'New', closedStatus: 'Closed' };
const OPTIONS = { policies: DEFAULT_POLICIES, profile: DEFAULT_PROFILE };

/** start-move + run-until-idle on the reference system; undefined when the start is not accepted. */
function play(world: World, channel: Channel, history: HistoryChoice): Trace | undefined {
  const actor = world.users.find((user) => user.superAdmin);
  if (actor === undefined) return undefined;
  const entryPoint = channel.kind === 'chatflow' ? 'chatflows-list' : 'inbox-settings';
  const trace = playScript(
    createReferenceSystem,
    world,
    [
      { type: 'start-move', actorId: actor.id, channelId: channel.id, entryPoint, history },
      { type: 'run-until-idle' },
    ],
    OPTIONS,
  );
  return trace.steps[0]?.result.status === 'accepted' ? trace : undefined;
}

/** What the move really did, in the units of the ADV figures. */
function actual(trace: Trace, channelId: string) {
  const convs = new Map(trace.before.conversations.map((c) => [c.id, c]));
  const access = new Map(trace.before.users.map((u) => [u.id, u.helpDeskAccess]));
  const created = trace.events.filter((e) => e.type === 'ticket-created');
  const after = new Map(trace.after.conversations.map((c) => [c.id, c]));
  const kinds = new Map(trace.before.channels.map((c) => [c.id, c.kind]));
  return {
    moved: trace.events.filter((e) => e.type === 'conversation-moved').length,
    created: created.length,
    assignedNotices: trace.events.filter(
      (e) => e.type === 'notification-sent' && e.reason === 'ticket-assigned',
    ).length,
    unassigned: created.filter((e) => {
      const owner = convs.get(e.conversationId)?.ownerId ?? null;
      return e.ownerId === null && owner !== null && access.get(owner) === false;
    }).length,
    leftBehind: trace.before.conversations.filter(
      (c) =>
        c.location === 'inbox' &&
        c.channelHistory.includes(channelId) &&
        currentChannelId(c) !== channelId &&
        kinds.get(currentChannelId(c)) === 'email' &&
        after.get(c.id)?.location === 'inbox',
    ).length,
  };
}

const byRule = (advice: readonly Advice[]) => new Map(advice.map((a) => [a.ruleId, a]));

describe('preflight figures match what the reference move does', () => {
  it('hist-8-form-only-moved: one ticket created, the email thread left behind, no arrival predicted', () => {
    const scenario = loadScenarioFile(`${BUILTIN_SUITE_DIR}hist-8-form-only-moved.yaml`);
    const advice = byRule(preflight(scenario.world, { channelId: 'form-1', history: ALL }));
    expect(advice.get('ADV-3')).toBeUndefined();
    expect(advice.get('ADV-4')?.figures).toMatchObject({ ticketsCreated: 1, expectedNotifications: 1 });
    expect(advice.get('ADV-5')?.figures).toEqual({ threadsStayingBehind: 1, emailChannels: 1 });
    expect(advice.get('ADV-5')?.subjects.conversations).toEqual(['thread-1']);
  });

  it('hist-7-chat-to-email-stays: the conversation that continued over email is not counted', () => {
    const scenario = loadScenarioFile(`${BUILTIN_SUITE_DIR}hist-7-chat-to-email-stays.yaml`);
    const advice = byRule(preflight(scenario.world, { channelId: 'chat-1', history: ALL }));
    expect(advice.get('ADV-4')?.figures.ticketsCreated).toBe(1);
    expect(advice.get('ADV-3')).toBeUndefined();
  });

  // With no arrivals expected (rate 0), every figure is an exact prediction of the played move.
  const cases = loadScenarios([BUILTIN_SUITE_DIR]).flatMap((scenario) =>
    scenario.world.channels
      .filter((channel) => channel.location === 'inbox')
      .flatMap((channel) =>
        [ALL, { kind: 'none' } as const].map((history) => ({ scenario, channel, history })),
      ),
  );
  it(`ADV-1, 2, 4, 5 count exactly what the move does (${cases.length} moves of the suite's worlds)`, () => {
    let played = 0;
    for (const { scenario, channel, history } of cases) {
      const trace = play(scenario.world, channel, history);
      if (trace === undefined) continue;
      played += 1;
      const real = actual(trace, channel.id);
      const plan = { channelId: channel.id, history, estimate: { conversationsPerMinute: 0 } };
      const advice = byRule(preflight(scenario.world, plan));
      const where = `${scenario.ref.id} / ${channel.id} / ${history.kind}`;
      expect(advice.get('ADV-1')?.figures.ticketsUnassigned ?? 0, where).toBe(real.unassigned);
      const sla = advice.get('ADV-2')?.figures.ticketsWithoutSla;
      if (sla !== undefined) expect(sla, where).toBe(real.moved);
      expect(advice.get('ADV-3'), where).toBeUndefined();
      if (scenario.world.account.notificationsOn) {
        expect(advice.get('ADV-4')?.figures.ticketsCreated ?? 0, where).toBe(real.created);
        expect(advice.get('ADV-4')?.figures.ticketsAssigned ?? 0, where).toBe(real.assignedNotices);
      }
      expect(advice.get('ADV-5')?.figures.threadsStayingBehind ?? 0, where).toBe(
        channel.kind === 'form' ? real.leftBehind : 0,
      );
    }
    expect(played).toBeGreaterThan(40);
  });
});
