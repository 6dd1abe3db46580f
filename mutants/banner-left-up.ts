/** MOVE-3: the banner is shown when a move starts but nothing takes it down when the move completes. */
import type { Observation } from '../domain/index.ts';
import { wrapReference } from './wrap-reference.ts';

export default wrapReference('bad:banner-left-up', () => {
  let last: Observation['banner'] = null;
  return {
    event: (event) => (event.type === 'banner-hidden' ? null : event),
    observe: (observation) => {
      last = observation.banner ?? last;
      return { ...observation, banner: last };
    },
  };
});
