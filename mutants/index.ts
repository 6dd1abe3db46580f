// The known-bad systems ("mutants"): product code, not test code. `inbox-move-sim rules` lists them
// beside the rule that must catch each, explore's measurement and the bench play them, and each is a
// `--system` plug-in; test/mutants/ holds the kill matrix that proves every one is caught.
import type { RuleId, SyncSystemFactory } from '../domain/index.ts';
import ticketDatedAtMoveTime from './ticket-dated-at-move-time.ts';
import ownerWithoutAccessKept from './owner-without-access-kept.ts';
import openClosedStatusSwapped from './open-closed-status-swapped.ts';
import whatsappChatflowAccepted from './whatsapp-chatflow-accepted.ts';
import messengerChatflowAccepted from './messenger-chatflow-accepted.ts';
import secondMoveQueued from './second-move-queued.ts';
import nonSuperAdminAccepted from './non-super-admin-accepted.ts';
import starterTierAccepted from './starter-tier-accepted.ts';
import betaNotChecked from './beta-not-checked.ts';
import callingChannelAccepted from './calling-channel-accepted.ts';
import anyEntryPointAccepted from './any-entry-point-accepted.ts';
import statusOutsidePipelineAccepted from './status-outside-pipeline-accepted.ts';
import cancelStopsMove from './cancel-stops-move.ts';
import arrivalsLeftInInbox from './arrivals-left-in-inbox.ts';
import bannerLeftUp from './banner-left-up.ts';
import leavingPageStallsMove from './leaving-page-stalls-move.ts';
import smallMovesSlower from './small-moves-slower.ts';
import channelLeftInInbox from './channel-left-in-inbox.ts';
import notificationsWhileOff from './notifications-while-off.ts';
import settingsReset from './settings-reset.ts';
import noTicketAfterMove from './no-ticket-after-move.ts';
import noSlaOnNewTickets from './no-sla-on-new-tickets.ts';
import slaMinutesAsSeconds from './sla-minutes-as-seconds.ts';
import slaIgnoresOperatingHours from './sla-ignores-operating-hours.ts';
import slaClockFromCreateDate from './sla-clock-from-create-date.ts';
import existingTicketStatusRewritten from './existing-ticket-status-rewritten.ts';
import movedWithoutTicket from './moved-without-ticket.ts';
import replyLeftInInbox from './reply-left-in-inbox.ts';
import historyNoneMovesAll from './history-none-moves-all.ts';
import historyMovableLater from './history-movable-later.ts';
import firstChannelCounts from './first-channel-counts.ts';
import formMoveDragsEmailThreads from './form-move-drags-email-threads.ts';
import conversationDuplicated from './conversation-duplicated.ts';
import messagesOfCurrentChannelOnly from './messages-of-current-channel-only.ts';
import ticketDuplicatedAfterRestart from './ticket-duplicated-after-restart.ts';
import slaBackfillAllTickets from './sla-backfill-all-tickets.ts';
import sharedShardCursor from './shared-shard-cursor.ts';
import moveClearsOwner from './move-clears-owner.ts';
import moveReopensConversations from './move-reopens-conversations.ts';
import moveResetsStartDate from './move-resets-start-date.ts';
import moveGrantsOwnerAccess from './move-grants-owner-access.ts';
import refusalFlashesBanner from './refusal-flashes-banner.ts';
import crashLosesInFlight from './crash-loses-in-flight.ts';
import redeliveryDuplicatesConversation from './redelivery-duplicates-conversation.ts';
import duplicateReplyAppendedTwice from './duplicate-reply-appended-twice.ts';
import ticketFromStateAtMoveStart from './ticket-from-state-at-move-start.ts';
import reopenCreatesSecondTicket from './reopen-creates-second-ticket.ts';
import historySkipsClosed from './history-skips-closed.ts';
import historySkipsSingleChannel from './history-skips-single-channel.ts';
import historyListedTwice from './history-listed-twice.ts';
import ticketFromMovedConversation from './ticket-from-moved-conversation.ts';
import pausesAfterRefusedCancel from './pauses-after-refused-cancel.ts';
import leavingPagePausesWorker from './leaving-page-pauses-worker.ts';
import arrivalStrandedUnlogged from './arrival-stranded-unlogged.ts';
import changedInLeftInInbox from './changed-in-left-in-inbox.ts';
import newTicketIgnoresChannelDefaultStatus from './new-ticket-ignores-channel-default-status.ts';
import overRefusesPersonalEmail from './over-refuses-personal-email.ts';
import invalidForExistingChannel from './invalid-for-existing-channel.ts';
import reopenIgnored from './reopen-ignored.ts';
import crashShownRunning from './crash-shown-running.ts';
import completionCountsWholeChannel from './completion-counts-whole-channel.ts';

/** A known-bad system: the reference system with one documented rule broken on purpose. */
export interface KnownBad {
  /** `bad:<file name>`, the system's own name. */
  readonly name: string;
  /** The module, relative to the project root (for `--system`). */
  readonly file: string;
  readonly factory: SyncSystemFactory;
  /** The rule it breaks; the harness must judge it violated in at least one built-in scenario. */
  readonly intended: RuleId;
  readonly description: string;
}

const bad = (file: string, factory: SyncSystemFactory, intended: RuleId, description: string): KnownBad => ({
  name: `bad:${file}`,
  file: `mutants/${file}.ts`,
  factory,
  intended,
  description,
});

/**
 * Every known-bad system, in the order of RULES.md's checklist; each module default-exports its
 * factory, so `inbox-move-sim run --system mutants/<file>.ts` plays it from the CLI.
 */
export const KNOWN_BAD: readonly KnownBad[] = [
  bad(
    'ticket-dated-at-move-time',
    ticketDatedAtMoveTime,
    'HIST-2a',
    "A ticket created by the move is dated when the worker creates it, not at the conversation's start.",
  ),
  bad(
    'owner-without-access-kept',
    ownerWithoutAccessKept,
    'HIST-2c',
    "A created ticket keeps the conversation's owner even without help desk access.",
  ),
  bad(
    'open-closed-status-swapped',
    openClosedStatusSwapped,
    'HIST-2b',
    'The statuses chosen for open and for closed conversations are swapped.',
  ),
  bad(
    'whatsapp-chatflow-accepted',
    whatsappChatflowAccepted,
    'ELIG-5',
    'A WhatsApp chatflow is accepted and moved.',
  ),
  bad(
    'messenger-chatflow-accepted',
    messengerChatflowAccepted,
    'ELIG-5',
    'A Facebook Messenger chatflow is accepted and moved.',
  ),
  bad(
    'second-move-queued',
    secondMoveQueued,
    'ELIG-6',
    'A second move while one runs is accepted (queued) instead of refused.',
  ),
  bad(
    'non-super-admin-accepted',
    nonSuperAdminAccepted,
    'ELIG-3',
    'A user who is not a Super Admin can start a move.',
  ),
  bad(
    'starter-tier-accepted',
    starterTierAccepted,
    'ELIG-1',
    'A Service Hub Starter account can move a channel.',
  ),
  bad('beta-not-checked', betaNotChecked, 'ELIG-2', 'The help desk beta enrolment is never checked.'),
  bad(
    'calling-channel-accepted',
    callingChannelAccepted,
    'ELIG-4',
    'A calling channel is moved under the seed (12 Apr 2024) profile.',
  ),
  bad(
    'any-entry-point-accepted',
    anyEntryPointAccepted,
    'ELIG-8',
    'A move is accepted from either entry point, whatever the channel kind.',
  ),
  bad(
    'status-outside-pipeline-accepted',
    statusOutsidePipelineAccepted,
    'HIST-0',
    'A missing or unknown ticket status falls back to the first status instead of a refusal.',
  ),
  bad(
    'cancel-stops-move',
    cancelStopsMove,
    'MOVE-1',
    'Cancel is accepted and halts the move, which never completes.',
  ),
  bad(
    'arrivals-left-in-inbox',
    arrivalsLeftInInbox,
    'MOVE-2',
    'Conversations arriving during the move stay in the inbox.',
  ),
  bad('banner-left-up', bannerLeftUp, 'MOVE-3', 'The banner stays up after the move completes.'),
  bad(
    'leaving-page-stalls-move',
    leavingPageStallsMove,
    'MOVE-4',
    'Closing the progress page stops the move worker.',
  ),
  bad(
    'small-moves-slower',
    smallMovesSlower,
    'MOVE-5',
    'Small moves wait for an hourly poll: a bigger channel moves faster than a smaller one.',
  ),
  bad(
    'channel-left-in-inbox',
    channelLeftInInbox,
    'MOVE-6',
    'The completed channel is still listed in the inbox.',
  ),
  bad(
    'notifications-while-off',
    notificationsWhileOff,
    'MOVE-7',
    'Ticket creation and assignment notify users while notifications are off.',
  ),
  bad(
    'settings-reset',
    settingsReset,
    'SET-1',
    "A moved channel's settings are reset to the help desk defaults.",
  ),
  bad(
    'no-ticket-after-move',
    noTicketAfterMove,
    'NEW-1',
    'A new conversation in a moved channel gets no ticket.',
  ),
  bad(
    'no-sla-on-new-tickets',
    noSlaOnNewTickets,
    'NEW-2',
    'Tickets of new conversations in a moved channel get no SLA.',
  ),
  bad(
    'sla-minutes-as-seconds',
    slaMinutesAsSeconds,
    'HIST-4',
    'SLA targets in minutes are read as seconds: moved tickets are due 60 times too early.',
  ),
  bad(
    'sla-ignores-operating-hours',
    slaIgnoresOperatingHours,
    'HIST-4',
    "SLA due times run on a 24/7 clock even when the account's schedule is operating hours.",
  ),
  bad(
    'sla-clock-from-create-date',
    slaClockFromCreateDate,
    'OPEN-8',
    "SLA clocks start at a moved or back-dated ticket's create date, not when it enters help desk.",
  ),
  bad(
    'existing-ticket-status-rewritten',
    existingTicketStatusRewritten,
    'HIST-1',
    "An existing ticket's status is rewritten to the status chosen for the move.",
  ),
  bad(
    'moved-without-ticket',
    movedWithoutTicket,
    'HIST-2',
    'A conversation without a ticket is moved without one.',
  ),
  bad(
    'reply-left-in-inbox',
    replyLeftInInbox,
    'HIST-3',
    'A reply to a moved conversation is logged in the inbox, on no ticket.',
  ),
  bad(
    'history-none-moves-all',
    historyNoneMovesAll,
    'HIST-5',
    'With history "none" the old conversations are moved anyway.',
  ),
  bad(
    'history-movable-later',
    historyMovableLater,
    'HIST-6',
    'Moving the history later is accepted once the channel is in help desk.',
  ),
  bad(
    'ticket-from-moved-conversation',
    ticketFromMovedConversation,
    'HIST-2b',
    'The move closes each conversation it takes, then creates the ticket from the closed conversation.',
  ),
  bad(
    'history-skips-closed',
    historySkipsClosed,
    'HIST-9',
    'With "all", the history query reads open conversations only: closed ones stay in the inbox.',
  ),
  bad(
    'history-skips-single-channel',
    historySkipsSingleChannel,
    'HIST-9',
    'The most-recent-channel query joins channel changes: conversations that never changed channel stay.',
  ),
  bad(
    'history-listed-twice',
    historyListedTwice,
    'HIST-9',
    'A moved conversation with an earlier channel stays listed in the inbox under that channel too.',
  ),
  bad(
    'first-channel-counts',
    firstChannelCounts,
    'HIST-7',
    'A conversation belongs to the first channel of its history, not the most recent.',
  ),
  bad(
    'form-move-drags-email-threads',
    formMoveDragsEmailThreads,
    'HIST-8',
    'Moving a form channel drags threads continued over email along.',
  ),
  bad(
    'conversation-duplicated',
    conversationDuplicated,
    'INV-1',
    'Moved conversations are copied: the inbox original stays.',
  ),
  bad(
    'messages-of-current-channel-only',
    messagesOfCurrentChannelOnly,
    'INV-2',
    'Messages that came through an earlier channel are dropped by the move.',
  ),
  bad(
    'ticket-duplicated-after-restart',
    ticketDuplicatedAfterRestart,
    'INV-3',
    'After a worker restart the last ticket created before the crash is created again.',
  ),
  bad(
    'sla-backfill-all-tickets',
    slaBackfillAllTickets,
    // INV-7 rather than INV-4: explore shrinks this to a world where the only tickets touched are
    // the moved channel's old ones (history "none"), which only the frame and HIST-5 see.
    'INV-7',
    "On completion, SLAs are backfilled onto every ticket of the account, other channels' too.",
  ),
  bad(
    'shared-shard-cursor',
    sharedShardCursor,
    'INV-5',
    'The worker starts at a shard cursor shared by all instances: a replay processes in another order.',
  ),
  bad(
    'move-clears-owner',
    moveClearsOwner,
    'INV-7',
    "A moved conversation's owner is cleared (its ticket still gets the owner).",
  ),
  bad(
    'move-reopens-conversations',
    moveReopensConversations,
    'INV-7',
    'A closed conversation taken to help desk is reopened.',
  ),
  bad(
    'move-resets-start-date',
    moveResetsStartDate,
    'INV-7',
    "A moved conversation's start date becomes the time it was moved.",
  ),
  bad(
    'move-grants-owner-access',
    moveGrantsOwnerAccess,
    'INV-7',
    'The move gives help desk access to owners of moved conversations who lacked it.',
  ),
  bad(
    'refusal-flashes-banner',
    refusalFlashesBanner,
    'INV-6',
    'A refused start-move still logs the banner being shown and hidden.',
  ),
  bad(
    'crash-loses-in-flight',
    crashLosesInFlight,
    'INV-1',
    'A worker crash loses the conversation it was working on.',
  ),
  bad(
    'redelivery-duplicates-conversation',
    redeliveryDuplicatesConversation,
    'INV-1',
    'A conversation delivered twice is stored twice.',
  ),
  bad(
    'duplicate-reply-appended-twice',
    duplicateReplyAppendedTwice,
    'INV-2',
    'A reply delivered twice is appended twice.',
  ),
  bad(
    'ticket-from-state-at-move-start',
    ticketFromStateAtMoveStart,
    'OPEN-9',
    'Tickets follow the state and owner conversations had when the move started, not when processed.',
  ),
  bad(
    'reopen-creates-second-ticket',
    reopenCreatesSecondTicket,
    'INV-3',
    'Reopening a help desk conversation opens a second ticket for it.',
  ),
  bad(
    'pauses-after-refused-cancel',
    pausesAfterRefusedCancel,
    'MOVE-1',
    'A refused cancel leaves the move worker silently paused: the move never completes.',
  ),
  bad(
    'leaving-page-pauses-worker',
    leavingPagePausesWorker,
    'MOVE-4',
    'The starter closing the progress page silently pauses the move until they come back.',
  ),
  bad(
    'arrival-stranded-unlogged',
    arrivalStrandedUnlogged,
    'MOVE-2',
    'Conversations arriving during the move bypass it: left in the inbox, logged nowhere.',
  ),
  bad(
    'changed-in-left-in-inbox',
    changedInLeftInInbox,
    'NEW-1',
    'A conversation changed into a channel already in help desk stays in the inbox, without a ticket.',
  ),
  bad(
    'new-ticket-ignores-channel-default-status',
    newTicketIgnoresChannelDefaultStatus,
    'NEW-1',
    "New tickets of a moved channel get the pipeline's first status, not the channel's kept default.",
  ),
  bad(
    'over-refuses-personal-email',
    overRefusesPersonalEmail,
    'INV-8',
    'A personal email channel is refused as if it were the fallback address, naming ELIG-4.',
  ),
  bad(
    'invalid-for-existing-channel',
    invalidForExistingChannel,
    'INV-8',
    'Moving a chatflow answers "invalid: unknown channel": chatflows are looked up in the wrong list.',
  ),
  bad(
    'reopen-ignored',
    reopenIgnored,
    'INV-7',
    'Reopening a conversation is answered accepted but leaves it closed, with nothing logged.',
  ),
  bad(
    'crash-shown-running',
    crashShownRunning,
    'INV-7',
    'After a worker crash the move is still shown running, never stalled.',
  ),
  bad(
    'completion-counts-whole-channel',
    completionCountsWholeChannel,
    'INV-7',
    "The move's completion counts the channel's conversations, not those it moved.",
  ),
];
