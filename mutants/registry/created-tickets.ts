// Known-bad systems that create the tickets of historical conversations wrong (HIST-2a..c).
import { knownBad, type KnownBad } from './known-bad.ts';
import ticketDatedAtMoveTime from '../ticket-dated-at-move-time.ts';
import ownerWithoutAccessKept from '../owner-without-access-kept.ts';
import openClosedStatusSwapped from '../open-closed-status-swapped.ts';

/** Tickets created by the move, with a wrong date, owner or status. */
export const CREATED_TICKETS: readonly KnownBad[] = [
  knownBad(
    'ticket-dated-at-move-time',
    ticketDatedAtMoveTime,
    'HIST-2a',
    "A ticket created by the move is dated when the worker creates it, not at the conversation's start.",
  ),
  knownBad(
    'owner-without-access-kept',
    ownerWithoutAccessKept,
    'HIST-2c',
    "A created ticket keeps the conversation's owner even without help desk access.",
  ),
  knownBad(
    'open-closed-status-swapped',
    openClosedStatusSwapped,
    'HIST-2b',
    'The statuses chosen for open and for closed conversations are swapped.',
  ),
];
