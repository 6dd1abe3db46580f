/**
 * MOVE-5: small moves go to a slow queue that is polled once an hour, so a channel of 20
 * conversations takes an hour while one of 2,000 takes about a minute: more data, shorter move.
 */
import { HOUR } from '../domain/index.ts';
import type { SimTime } from '../domain/index.ts';
import type { Draft } from './wrap-reference.ts';
import { draftOf, wrapReference } from './wrap-reference.ts';

/** Moves of at most this many conversations complete only at the next poll of the slow queue. */
const SMALL = 100;
const POLL = HOUR;

interface Held {
  readonly channelId: string;
  readonly startedAt: SimTime;
  readonly until: SimTime;
  readonly processed: number;
  readonly drafts: Draft[];
}

export default wrapReference('bad:small-moves-slower', (ctx) => {
  const starts = new Map<string, SimTime>();
  let held: Held | null = null;
  return {
    event: (event) => {
      if (event.type === 'move-started') starts.set(event.channelId, event.at);
      if (event.type === 'move-completed' && event.conversationsMoved <= SMALL) {
        const startedAt = starts.get(event.channelId) ?? event.at;
        if (event.at >= startedAt + POLL) return event;
        held = {
          channelId: event.channelId,
          startedAt,
          until: startedAt + POLL,
          processed: event.conversationsMoved,
          drafts: [draftOf(event)],
        };
        return null;
      }
      if (event.type === 'banner-hidden' && held?.channelId === event.channelId) {
        held.drafts.push(draftOf(event));
        return null;
      }
      return event;
    },
    after: (command) => {
      if (held === null) return undefined;
      const clock = ctx.inner.observe().at;
      if (command.type === 'run-until-idle' && clock < held.until) {
        ctx.inner.execute({ type: 'advance', ms: held.until - clock });
      }
      if (ctx.inner.observe().at >= held.until) {
        for (const draft of held.drafts) ctx.emit({ ...draft, at: held.until });
        held = null;
      }
      return undefined;
    },
    world: (world) => {
      const h = held;
      if (h === null) return world;
      return {
        ...world,
        channels: world.channels.map((c) => (c.id === h.channelId ? { ...c, location: 'moving' } : c)),
      };
    },
    observe: (observation) => {
      if (held === null) return observation;
      const { channelId, startedAt, processed } = held;
      return {
        ...observation,
        banner: { channelId, places: ['inbox-settings', 'inbox'] },
        move: { channelId, startedAt, status: 'running', processed, pending: 0 },
        channelLocations: { ...observation.channelLocations, [channelId]: 'moving' },
      };
    },
  };
});
