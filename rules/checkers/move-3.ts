import type { Observation, Trace } from '../../domain/index.ts';
import { eventAt, traceIndex } from '../trace-index.ts';
import { count, Findings } from '../verdict.ts';
import { defineChecker } from '../define-checker.ts';

const PLACES = ['inbox-settings', 'inbox'] as const;

function bannerProblem(observation: Observation): string | undefined {
  const { banner, move } = observation;
  if (move === null)
    return banner === null ? undefined : `banner for ${banner.channelId} with no move running`;
  if (banner === null) return `no banner while ${move.channelId} moves`;
  if (banner.channelId !== move.channelId) return `banner names ${banner.channelId}, ${move.channelId} moves`;
  const missing = PLACES.filter((place) => !banner.places.includes(place));
  return missing.length === 0 ? undefined : `banner missing from ${missing.join(', ')}`;
}

/**
 * A banner event logged anywhere but right after its move's start or completion is a banner
 * flashed with no move to announce (the observations between steps would not show it).
 */
function strayBannerEvents(trace: Trace, found: Findings): void {
  const { events } = trace;
  for (let i = 0; i < events.length; i += 1) {
    const event = events[i];
    if (event?.type !== 'banner-shown' && event?.type !== 'banner-hidden') continue;
    const before = events[i - 1];
    const cause = event.type === 'banner-shown' ? 'move-started' : 'move-completed';
    if (before?.type === cause && before.channelId === event.channelId) continue;
    found.add(
      `${event.type} only right after ${cause} of ${event.channelId}`,
      `after ${before?.type ?? 'nothing'}`,
      {
        channels: [event.channelId],
      },
    );
  }
}

/**
 * MOVE-3: in every observation the banner (in inbox settings and inbox) is shown exactly while a
 * move runs, for that channel; `banner-shown` follows each `move-started`, `banner-hidden` each completion.
 */
export const move3 = defineChecker('MOVE-3', (trace) => {
  const ix = traceIndex(trace);
  const found = new Findings('MOVE-3');
  strayBannerEvents(trace, found);
  if (ix.moves.length === 0) return found.verdict(0, '', 'no move was started');
  const initial = bannerProblem(trace.initial);
  if (initial !== undefined) found.add('banner shown exactly while a move runs', initial, { step: -1 });
  for (const step of trace.steps) {
    const problem = bannerProblem(step.observation);
    if (problem !== undefined) {
      found.add('banner shown exactly while a move runs', problem, { step: step.index });
    }
  }
  for (const move of ix.moves) {
    const subjects = { channels: [move.channelId], step: move.startStep };
    const shown = eventAt(trace, move.startEvent + 1, 'banner-shown');
    if (shown?.channelId !== move.channelId || !PLACES.every((place) => shown.places.includes(place))) {
      found.add('banner-shown (inbox settings, inbox) right after move-started', 'missing', subjects);
    }
    if (move.completeEvent !== null) {
      const hidden = eventAt(trace, move.completeEvent + 1, 'banner-hidden');
      if (hidden?.channelId !== move.channelId) {
        found.add('banner-hidden right after move-completed', 'missing', {
          ...subjects,
          step: move.completeStep ?? -1,
        });
      }
    }
  }
  return found.verdict(
    ix.moves.length,
    `${count(trace.steps.length + 1, 'observations')} showed the banner exactly while ${count(ix.moves.length, 'moves')} ran`,
    'no move was started',
  );
});
