// Known-bad systems that break what no article sentence says but every correct move keeps
// (INV-1..7): nothing lost, duplicated or changed beyond what the rules allow; and OPEN-9's default.
import { knownBad, type KnownBad } from './known-bad.ts';
import conversationDuplicated from '../conversation-duplicated.ts';
import messagesOfCurrentChannelOnly from '../messages-of-current-channel-only.ts';
import ticketDuplicatedAfterRestart from '../ticket-duplicated-after-restart.ts';
import slaBackfillAllTickets from '../sla-backfill-all-tickets.ts';
import sharedShardCursor from '../shared-shard-cursor.ts';
import moveClearsOwner from '../move-clears-owner.ts';
import moveReopensConversations from '../move-reopens-conversations.ts';
import moveResetsStartDate from '../move-resets-start-date.ts';
import moveGrantsOwnerAccess from '../move-grants-owner-access.ts';
import refusalFlashesBanner from '../refusal-flashes-banner.ts';
import crashLosesInFlight from '../crash-loses-in-flight.ts';
import redeliveryDuplicatesConversation from '../redelivery-duplicates-conversation.ts';
import duplicateReplyAppendedTwice from '../duplicate-reply-appended-twice.ts';
import ticketFromStateAtMoveStart from '../ticket-from-state-at-move-start.ts';
import reopenCreatesSecondTicket from '../reopen-creates-second-ticket.ts';

/** Data lost, duplicated or changed beyond what the rules allow. */
export const INVARIANTS: readonly KnownBad[] = [
  knownBad(
    'conversation-duplicated',
    conversationDuplicated,
    'INV-1',
    'Moved conversations are copied: the inbox original stays.',
  ),
  knownBad(
    'messages-of-current-channel-only',
    messagesOfCurrentChannelOnly,
    'INV-2',
    'Messages that came through an earlier channel are dropped by the move.',
  ),
  knownBad(
    'ticket-duplicated-after-restart',
    ticketDuplicatedAfterRestart,
    'INV-3',
    'After a worker restart the last ticket created before the crash is created again.',
  ),
  knownBad(
    'sla-backfill-all-tickets',
    slaBackfillAllTickets,
    // INV-7 rather than INV-4: explore shrinks this to a world where the only tickets touched are
    // the moved channel's old ones (history "none"), which only the frame and HIST-5 see.
    'INV-7',
    "On completion, SLAs are backfilled onto every ticket of the account, other channels' too.",
  ),
  knownBad(
    'shared-shard-cursor',
    sharedShardCursor,
    'INV-5',
    'The worker starts at a shard cursor shared by all instances: a replay processes in another order.',
  ),
  knownBad(
    'move-clears-owner',
    moveClearsOwner,
    'INV-7',
    "A moved conversation's owner is cleared (its ticket still gets the owner).",
  ),
  knownBad(
    'move-reopens-conversations',
    moveReopensConversations,
    'INV-7',
    'A closed conversation taken to help desk is reopened.',
  ),
  knownBad(
    'move-resets-start-date',
    moveResetsStartDate,
    'INV-7',
    "A moved conversation's start date becomes the time it was moved.",
  ),
  knownBad(
    'move-grants-owner-access',
    moveGrantsOwnerAccess,
    'INV-7',
    'The move gives help desk access to owners of moved conversations who lacked it.',
  ),
  knownBad(
    'refusal-flashes-banner',
    refusalFlashesBanner,
    'INV-6',
    'A refused start-move still logs the banner being shown and hidden.',
  ),
  knownBad(
    'crash-loses-in-flight',
    crashLosesInFlight,
    'INV-1',
    'A worker crash loses the conversation it was working on.',
  ),
  knownBad(
    'redelivery-duplicates-conversation',
    redeliveryDuplicatesConversation,
    'INV-1',
    'A conversation delivered twice is stored twice.',
  ),
  knownBad(
    'duplicate-reply-appended-twice',
    duplicateReplyAppendedTwice,
    'INV-2',
    'A reply delivered twice is appended twice.',
  ),
  knownBad(
    'ticket-from-state-at-move-start',
    ticketFromStateAtMoveStart,
    'OPEN-9',
    'Tickets follow the state and owner conversations had when the move started, not when processed.',
  ),
  knownBad(
    'reopen-creates-second-ticket',
    reopenCreatesSecondTicket,
    'INV-3',
    'Reopening a help desk conversation opens a second ticket for it.',
  ),
];
