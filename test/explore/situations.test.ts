import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../domain/index.ts';
import { validateWorld } from '../../domain/index.ts';
import {
  explorationArbitrary,
  judge,
  SITUATIONS,
  situationDrawArbitrary,
  withSituation,
  type Situation,
  type SituationDraw,
} from '../../explore/index.ts';
import { scenarioArbitrary, type GeneratedScenario } from '../../generators/index.ts';
import { createReferenceSystem } from '../../machines/index.ts';
import { DEFAULT_POLICIES, DEFAULT_PROFILE } from '../../domain/index.ts';

const options = { policies: DEFAULT_POLICIES, profile: DEFAULT_PROFILE };

/** Pairs (before, after) of scenarios reshaped into `situation`. */
function samples(
  situation: Situation,
  numRuns = 150,
): { before: GeneratedScenario; after: GeneratedScenario; draw: SituationDraw }[] {
  const arbitrary = fc.tuple(
    scenarioArbitrary({ script: { unknownIds: false } }),
    situationDrawArbitrary([situation]),
  );
  return fc
    .sample(arbitrary, { numRuns, seed: 3 })
    .map(([before, draw]) => ({ before, after: withSituation(before, draw), draw }));
}

const starts = (script: readonly Command[]) => script.filter((c) => c.type === 'start-move');
const clockMoves = (c: Command) => c.type === 'advance' || c.type === 'run-until-idle';

describe('situations of the moves focus', () => {
  it.each(SITUATIONS)('%s keeps worlds valid and is a pure function of its draws', (situation) => {
    for (const { before, after } of samples(situation, 60)) {
      expect(validateWorld(after.world)).toEqual([]);
      const draw = fc.sample(situationDrawArbitrary([situation]), { numRuns: 1, seed: 9 })[0];
      if (draw === undefined) throw new Error('no draw');
      expect(withSituation(before, draw)).toEqual(withSituation(before, draw));
    }
  });

  it('aims the opening at a WhatsApp or Messenger chatflow', () => {
    for (const { after } of samples('unmovable-chatflow')) {
      const [opening] = after.script;
      if (opening?.type !== 'start-move') continue;
      const channel = after.world.channels.find((c) => c.id === opening.channelId);
      expect(channel?.kind).toBe('chatflow');
      expect(['whatsapp', 'messenger']).toContain(channel?.surface);
      expect(opening.entryPoint).toBe('chatflows-list');
    }
  });

  it('adds, before the clock moves, a second move or another request by the mover', () => {
    const requests = new Set<string>();
    const requestTypes = ['leave-progress-page', 'cancel-move', 'move-back', 'move-history-later'];
    for (const { after, draw } of samples('second-request', 300)) {
      const [opening] = after.script;
      if (opening?.type !== 'start-move') continue;
      const firstClock = after.script.findIndex(clockMoves);
      const early = (firstClock === -1 ? after.script : after.script.slice(0, firstClock)).slice(1);
      if (!draw.flip) {
        expect(starts(early).some((c) => c.channelId !== opening.channelId)).toBe(true);
        continue;
      }
      const request = early.find(
        (c) =>
          (c.type === 'leave-progress-page' && c.userId === opening.actorId) ||
          ((c.type === 'cancel-move' || c.type === 'move-back' || c.type === 'move-history-later') &&
            c.actorId === opening.actorId &&
            c.channelId === opening.channelId),
      );
      expect(request).toBeDefined();
      requests.add(request?.type ?? '');
      // Then a new conversation in the moving channel, right after the request it added.
      const at = after.script.findIndex(
        (c) => c.type === 'conversation-arrives' && c.conversation.id.startsWith('after-request-'),
      );
      const arrival = after.script[at];
      expect(arrival?.type === 'conversation-arrives' && arrival.conversation.channelHistory).toEqual([
        opening.channelId,
      ]);
      expect(requestTypes).toContain(after.script[at - 1]?.type);
    }
    expect(requests.size).toBe(4);
  });

  it("plays two moves to completion, the second on a channel made bigger by the draw, then asks for the first one's history", () => {
    const sizes = new Set<number>();
    for (const { before, after } of samples('two-moves')) {
      const [opening] = after.script;
      if (opening?.type !== 'start-move') continue;
      expect(after.script.slice(1, 5).map((c) => c.type)).toEqual([
        'run-until-idle',
        'start-move',
        'run-until-idle',
        'move-history-later',
      ]);
      expect(after.script[4]).toMatchObject({ actorId: opening.actorId, channelId: opening.channelId });
      sizes.add(after.world.conversations.length - before.world.conversations.length);
    }
    expect(Math.max(...sizes)).toBeGreaterThan(100);
    expect(sizes.size).toBeGreaterThan(10);
  });

  it('crashes the worker mid-move, or before the move starts when flipped, and restarts it; half the time after the mover left the page; no other move starts while it is down', () => {
    const shapes = { midMove: 0, downAtStart: 0, pageLeft: 0 };
    for (const { after, draw } of samples('crash-restart')) {
      const start = after.script.findIndex((c) => c.type === 'start-move');
      if (start < 0) continue;
      const crash = after.script.findIndex((c) => c.type === 'worker-crash');
      const left = draw.at % 2 === 1 ? ['leave-progress-page'] : [];
      if (left.length > 0) shapes.pageLeft += 1;
      if (draw.flip) {
        expect(after.script.slice(0, 3 + left.length).map((c) => c.type)).toEqual([
          'worker-crash',
          'start-move',
          ...left,
          'advance',
        ]);
        shapes.downAtStart += 1;
      } else {
        expect(after.script.slice(0, 3 + left.length).map((c) => c.type)).toEqual([
          'start-move',
          ...left,
          'advance',
          'worker-crash',
        ]);
        shapes.midMove += 1;
      }
      const restart = after.script.findIndex((c, i) => i > crash && c.type === 'worker-restart');
      expect(restart).toBeGreaterThan(2);
      expect(starts(after.script.slice(start + 1, restart))).toEqual([]);
    }
    expect(shapes.midMove).toBeGreaterThan(30);
    expect(shapes.downAtStart).toBeGreaterThan(30);
    expect(shapes.pageLeft).toBeGreaterThan(30);
  });

  it('delivers a conversation into the moving channel shortly after the move starts, with all history or none, some started before the move', () => {
    const histories = new Set<string>();
    let backdated = 0;
    for (const { after } of samples('arrival-mid-move')) {
      const [start, wait, arrives] = after.script;
      if (start?.type !== 'start-move') continue;
      histories.add(start.history.kind);
      if (arrives?.type === 'conversation-arrives' && arrives.conversation.startedAt < after.world.clock)
        backdated += 1;
      expect(wait?.type).toBe('advance');
      expect(arrives?.type === 'conversation-arrives' && arrives.conversation.channelHistory).toEqual([
        start.channelId,
      ]);
      expect(after.script.at(-1)?.type).toBe('reply-arrives');
    }
    expect([...histories].sort()).toEqual(['all', 'none']);
    expect(backdated).toBeGreaterThan(20);
  });

  it('delivers some conversation twice', () => {
    let twice = 0;
    for (const { after } of samples('redelivery')) {
      const ids = [
        ...after.world.conversations.map((c) => c.id),
        ...after.script.flatMap((c) => (c.type === 'conversation-arrives' ? [c.conversation.id] : [])),
      ];
      if (new Set(ids).size < ids.length) twice += 1;
    }
    expect(twice).toBeGreaterThan(100);
  });

  it('delivers some reply twice', () => {
    let twice = 0;
    for (const { after } of samples('duplicate-reply')) {
      const ids = after.script.flatMap((c) => (c.type === 'reply-arrives' ? [c.message.id] : []));
      if (new Set(ids).size < ids.length) twice += 1;
    }
    expect(twice).toBeGreaterThan(100);
  });

  it('moves the form or the email channel of a form thread continued over email, to completion', () => {
    const moved = new Set<string>();
    for (const { after } of samples('form-thread')) {
      const [opening] = after.script;
      if (opening?.type !== 'start-move') continue;
      const thread = after.world.conversations.find((c) => c.id.startsWith('form-thread-'));
      const [form, email] = thread?.channelHistory ?? [];
      const kind = (id: string | undefined) => after.world.channels.find((c) => c.id === id)?.kind;
      expect([kind(form), kind(email)]).toEqual(['form', 'email']);
      expect(thread?.messages.map((m) => m.kind)).toEqual(['form-submission', 'email']);
      expect([form, email]).toContain(opening.channelId);
      expect(opening.history.kind).toBe('all');
      expect(after.script[after.script.length - 1]).toEqual({ type: 'run-until-idle' });
      moved.add(kind(opening.channelId) ?? '');
    }
    expect([...moved].sort()).toEqual(['email', 'form']);
  });

  it('flips, mid-move, the help desk access of the owners of a conversation about to get a ticket', () => {
    let flips = 0;
    for (const { after } of samples('lifecycle')) {
      const [opening] = after.script;
      if (opening?.type !== 'start-move') continue;
      const firstClock = after.script.findIndex(clockMoves);
      const early = after.script.slice(1, firstClock);
      const access = early.flatMap((c) => (c.type === 'set-help-desk-access' ? [c] : []));
      for (const command of access) {
        const user = after.world.users.find((u) => u.id === command.userId);
        expect(command.access).toBe(!user?.helpDeskAccess);
      }
      if (access.length > 0) flips += 1;
    }
    expect(flips).toBeGreaterThan(100);
  });

  it.each(SITUATIONS)('%s breaks no rule on the reference system', (situation) => {
    for (const { after } of samples(situation, 80)) {
      expect(judge(createReferenceSystem, after, options).violated).toEqual([]);
    }
  });

  it('makes about 7 in 16 runs of the default focus a situation', () => {
    const runs = fc.sample(explorationArbitrary({}, 'moves'), { numRuns: 800, seed: 5 });
    const twice = runs.filter((s) => {
      const ids = s.script.flatMap((c) => (c.type === 'reply-arrives' ? [c.message.id] : []));
      return new Set(ids).size < ids.length;
    });
    const second = runs.filter((s) => starts(s.script.slice(0, 2)).length === 2);
    expect(twice.length).toBeGreaterThan(15);
    expect(second.length).toBeGreaterThan(15);
  });
});
