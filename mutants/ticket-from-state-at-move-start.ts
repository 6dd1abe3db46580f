/**
 * OPEN-9 (default `at-processing`): the move snapshots every conversation's state and owner when
 * it starts, and builds tickets from that snapshot; a conversation closed, reopened or reassigned
 * during the move, before its turn, gets a ticket with its old status and owner.
 */
import { createReferenceSystem } from '../machines/index.ts';
import { wrapReference } from './wrap-reference.ts';

export default wrapReference(
  'bad:ticket-from-state-at-move-start',
  () => ({}),
  (world, options) =>
    createReferenceSystem(world, {
      ...options,
      policies: { ...options.policies, 'OPEN-9': 'at-move-start' },
    }),
);
