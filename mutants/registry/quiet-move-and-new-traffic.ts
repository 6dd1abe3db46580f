// Known-bad systems that break the move or its new traffic behind right answers and a clean log: a
// worker silently paused (MOVE-1, MOVE-4), arrivals that bypass the move (MOVE-2), a conversation
// changed into a moved channel left behind, a new ticket that ignores the channel's kept default
// status (NEW-1). Only the world after the move, or a move that never completes, shows them.
import { knownBad, type KnownBad } from './known-bad.ts';
import pausesAfterRefusedCancel from '../pauses-after-refused-cancel.ts';
import leavingPagePausesWorker from '../leaving-page-pauses-worker.ts';
import arrivalStrandedUnlogged from '../arrival-stranded-unlogged.ts';
import changedInLeftInInbox from '../changed-in-left-in-inbox.ts';
import newTicketIgnoresChannelDefaultStatus from '../new-ticket-ignores-channel-default-status.ts';

/** The move and its new traffic, broken quietly. */
export const QUIET_MOVE_AND_NEW_TRAFFIC: readonly KnownBad[] = [
  knownBad(
    'pauses-after-refused-cancel',
    pausesAfterRefusedCancel,
    'MOVE-1',
    'A refused cancel leaves the move worker silently paused: the move never completes.',
  ),
  knownBad(
    'leaving-page-pauses-worker',
    leavingPagePausesWorker,
    'MOVE-4',
    'The starter closing the progress page silently pauses the move until they come back.',
  ),
  knownBad(
    'arrival-stranded-unlogged',
    arrivalStrandedUnlogged,
    'MOVE-2',
    'Conversations arriving during the move bypass it: left in the inbox, logged nowhere.',
  ),
  knownBad(
    'changed-in-left-in-inbox',
    changedInLeftInInbox,
    'NEW-1',
    'A conversation changed into a channel already in help desk stays in the inbox, without a ticket.',
  ),
  knownBad(
    'new-ticket-ignores-channel-default-status',
    newTicketIgnoresChannelDefaultStatus,
    'NEW-1',
    "New tickets of a moved channel get the pipeline's first status, not the channel's kept default.",
  ),
];
