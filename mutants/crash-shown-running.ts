/**
 * INV-7: the progress page reads the move's own state, not the worker's health: after the worker
 * crashes the move is still shown `running` (and never `stalled`) until the worker comes back.
 */
import { wrapReference } from './wrap-reference.ts';

export default wrapReference('bad:crash-shown-running', () => ({
  observe: (observation) =>
    observation.move?.status === 'stalled'
      ? { ...observation, move: { ...observation.move, status: 'running' } }
      : observation,
}));
