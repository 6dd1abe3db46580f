import type { Observation } from '../domain/index.ts';
import type { Tweaks, WrapContext } from './wrap-reference.ts';

/**
 * A move worker that a variant pauses without saying so: the reference worker is crashed, but the
 * `worker-crashed` event is not logged and the observation keeps showing the move `running`, as a
 * system that merely stopped scheduling its worker would. A real `worker-crash` command still
 * shows; a `worker-restart` command (or `resume`) lifts the pause.
 */
export interface SilentPause {
  pause(): void;
  resume(): void;
  readonly paused: boolean;
  readonly tweaks: Required<Pick<Tweaks, 'event' | 'observe'>> & {
    readonly commandSeen: (type: string) => void;
  };
}

export function silentPause(ctx: WrapContext): SilentPause {
  let paused = false;
  let reallyDown = false;
  let hidden = 0;
  const state: SilentPause = {
    pause() {
      if (paused || reallyDown || ctx.inner.observe().move === null) return;
      paused = true;
      hidden += 1;
      ctx.inner.execute({ type: 'worker-crash' });
    },
    resume() {
      if (!paused) return;
      paused = false;
      if (!reallyDown) {
        hidden += 1;
        ctx.inner.execute({ type: 'worker-restart' });
      }
    },
    get paused() {
      return paused;
    },
    tweaks: {
      commandSeen: (type) => {
        if (type === 'worker-crash') reallyDown = true;
        else if (type === 'worker-restart') {
          reallyDown = false;
          paused = false;
        }
      },
      event: (event) => {
        if ((event.type !== 'worker-crashed' && event.type !== 'worker-restarted') || hidden === 0)
          return event;
        hidden -= 1;
        return null;
      },
      observe: (observation: Observation) =>
        paused && !reallyDown && observation.move?.status === 'stalled'
          ? { ...observation, move: { ...observation.move, status: 'running' } }
          : observation,
    },
  };
  return state;
}
