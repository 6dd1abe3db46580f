// Known-bad systems that move the history wrong: which conversations go (HIST-5..9), what happens
// to their tickets (HIST-1..3) and their SLAs (HIST-4, OPEN-8).
import { knownBad, type KnownBad } from './known-bad.ts';
import slaMinutesAsSeconds from '../sla-minutes-as-seconds.ts';
import slaIgnoresOperatingHours from '../sla-ignores-operating-hours.ts';
import slaClockFromCreateDate from '../sla-clock-from-create-date.ts';
import existingTicketStatusRewritten from '../existing-ticket-status-rewritten.ts';
import movedWithoutTicket from '../moved-without-ticket.ts';
import replyLeftInInbox from '../reply-left-in-inbox.ts';
import historyNoneMovesAll from '../history-none-moves-all.ts';
import historyMovableLater from '../history-movable-later.ts';
import ticketFromMovedConversation from '../ticket-from-moved-conversation.ts';
import historySkipsClosed from '../history-skips-closed.ts';
import historySkipsSingleChannel from '../history-skips-single-channel.ts';
import historyListedTwice from '../history-listed-twice.ts';
import firstChannelCounts from '../first-channel-counts.ts';
import formMoveDragsEmailThreads from '../form-move-drags-email-threads.ts';

/** Historical conversations, their tickets and SLAs, moved wrong. */
export const HISTORY: readonly KnownBad[] = [
  knownBad(
    'sla-minutes-as-seconds',
    slaMinutesAsSeconds,
    'HIST-4',
    'SLA targets in minutes are read as seconds: moved tickets are due 60 times too early.',
  ),
  knownBad(
    'sla-ignores-operating-hours',
    slaIgnoresOperatingHours,
    'HIST-4',
    "SLA due times run on a 24/7 clock even when the account's schedule is operating hours.",
  ),
  knownBad(
    'sla-clock-from-create-date',
    slaClockFromCreateDate,
    'OPEN-8',
    "SLA clocks start at a moved or back-dated ticket's create date, not when it enters help desk.",
  ),
  knownBad(
    'existing-ticket-status-rewritten',
    existingTicketStatusRewritten,
    'HIST-1',
    "An existing ticket's status is rewritten to the status chosen for the move.",
  ),
  knownBad(
    'moved-without-ticket',
    movedWithoutTicket,
    'HIST-2',
    'A conversation without a ticket is moved without one.',
  ),
  knownBad(
    'reply-left-in-inbox',
    replyLeftInInbox,
    'HIST-3',
    'A reply to a moved conversation is logged in the inbox, on no ticket.',
  ),
  knownBad(
    'history-none-moves-all',
    historyNoneMovesAll,
    'HIST-5',
    'With history "none" the old conversations are moved anyway.',
  ),
  knownBad(
    'history-movable-later',
    historyMovableLater,
    'HIST-6',
    'Moving the history later is accepted once the channel is in help desk.',
  ),
  knownBad(
    'ticket-from-moved-conversation',
    ticketFromMovedConversation,
    'HIST-2b',
    'The move closes each conversation it takes, then creates the ticket from the closed conversation.',
  ),
  knownBad(
    'history-skips-closed',
    historySkipsClosed,
    'HIST-9',
    'With "all", the history query reads open conversations only: closed ones stay in the inbox.',
  ),
  knownBad(
    'history-skips-single-channel',
    historySkipsSingleChannel,
    'HIST-9',
    'The most-recent-channel query joins channel changes: conversations that never changed channel stay.',
  ),
  knownBad(
    'history-listed-twice',
    historyListedTwice,
    'HIST-9',
    'A moved conversation with an earlier channel stays listed in the inbox under that channel too.',
  ),
  knownBad(
    'first-channel-counts',
    firstChannelCounts,
    'HIST-7',
    'A conversation belongs to the first channel of its history, not the most recent.',
  ),
  knownBad(
    'form-move-drags-email-threads',
    formMoveDragsEmailThreads,
    'HIST-8',
    'Moving a form channel drags threads continued over email along.',
  ),
];
