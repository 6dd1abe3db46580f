// Known-bad systems that break the move itself (MOVE-1..7), the kept settings (SET-1) or the new
// traffic of a moved channel (NEW-1, NEW-2).
import { knownBad, type KnownBad } from './known-bad.ts';
import cancelStopsMove from '../cancel-stops-move.ts';
import arrivalsLeftInInbox from '../arrivals-left-in-inbox.ts';
import bannerLeftUp from '../banner-left-up.ts';
import leavingPageStallsMove from '../leaving-page-stalls-move.ts';
import smallMovesSlower from '../small-moves-slower.ts';
import channelLeftInInbox from '../channel-left-in-inbox.ts';
import notificationsWhileOff from '../notifications-while-off.ts';
import settingsReset from '../settings-reset.ts';
import noTicketAfterMove from '../no-ticket-after-move.ts';
import noSlaOnNewTickets from '../no-sla-on-new-tickets.ts';

/** The move, its settings and the new traffic after it, broken. */
export const MOVE_AND_NEW_TRAFFIC: readonly KnownBad[] = [
  knownBad(
    'cancel-stops-move',
    cancelStopsMove,
    'MOVE-1',
    'Cancel is accepted and halts the move, which never completes.',
  ),
  knownBad(
    'arrivals-left-in-inbox',
    arrivalsLeftInInbox,
    'MOVE-2',
    'Conversations arriving during the move stay in the inbox.',
  ),
  knownBad('banner-left-up', bannerLeftUp, 'MOVE-3', 'The banner stays up after the move completes.'),
  knownBad(
    'leaving-page-stalls-move',
    leavingPageStallsMove,
    'MOVE-4',
    'Closing the progress page stops the move worker.',
  ),
  knownBad(
    'small-moves-slower',
    smallMovesSlower,
    'MOVE-5',
    'Small moves wait for an hourly poll: a bigger channel moves faster than a smaller one.',
  ),
  knownBad(
    'channel-left-in-inbox',
    channelLeftInInbox,
    'MOVE-6',
    'The completed channel is still listed in the inbox.',
  ),
  knownBad(
    'notifications-while-off',
    notificationsWhileOff,
    'MOVE-7',
    'Ticket creation and assignment notify users while notifications are off.',
  ),
  knownBad(
    'settings-reset',
    settingsReset,
    'SET-1',
    "A moved channel's settings are reset to the help desk defaults.",
  ),
  knownBad(
    'no-ticket-after-move',
    noTicketAfterMove,
    'NEW-1',
    'A new conversation in a moved channel gets no ticket.',
  ),
  knownBad(
    'no-sla-on-new-tickets',
    noSlaOnNewTickets,
    'NEW-2',
    'Tickets of new conversations in a moved channel get no SLA.',
  ),
];
