/**
 * BUG: when a second move is requested while another channel is moving, the request is refused
 * (ELIG-6) — but the banner has already been switched to the requested channel and a
 * `banner-shown` for it is logged before the refusal. The banner keeps naming the wrong channel
 * until the running move completes.
 *
 * How it ships: the "Start move" handler updates the shared banner state optimistically (to make
 * the UI feel instant) and only then calls the backend; the error path shows a toast but never
 * rolls the banner state back, because the happy path is the only one with a test.
 *
 * Breaks: INV-6 (a refused request changes nothing: exactly one `command-refused` event and an
 * unchanged observation) and MOVE-3 (the banner informs about the move that runs: it now names a
 * channel that is not moving).
 *
 * Shows when: a start-move of another channel, valid except that a move is already running, is
 * refused with ELIG-6 while the first move is still running.
 */
import type { Observation, SystemFactory } from '../../../domain/index.ts';
import { createReferenceSystem } from '../../../machines/index.ts';
import { type Timed, wrapSystem } from '../lib/wrap.ts';

const NAME = 'blind:refused-move-steals-banner';

const factory: SystemFactory = (world, options) => {
  const inner = createReferenceSystem(world, options);
  let shownFor: string | null = null;
  return wrapSystem(NAME, inner, {
    after(command, result, fresh) {
      const out: Timed[] = [];
      for (const event of fresh) {
        if (event.type === 'banner-hidden') shownFor = null;
        if (
          command.type === 'start-move' &&
          result.status === 'refused' &&
          result.ruleId === 'ELIG-6' &&
          event.type === 'command-refused'
        ) {
          out.push({
            at: event.at,
            type: 'banner-shown',
            channelId: command.channelId,
            places: ['inbox-settings', 'inbox'],
          });
          shownFor = command.channelId;
        }
        out.push(event);
      }
      return out;
    },
    observe(o: Observation) {
      if (shownFor === null || o.banner === null) return o;
      return { ...o, banner: { ...o.banner, channelId: shownFor } };
    },
  });
};

export default factory;
