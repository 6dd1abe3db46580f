import type { RuleEntry } from './rule-entry.ts';
import { rule } from './rule-entry.ts';

const BEFORE = 'Before you get started';
const HOW = 'Move an existing inbox channel or chatflow';
const WHILE = 'What to expect while moving';

/** MOVE-1..7: the move itself, while it runs and when it is done. */
export const MOVE_RULES: readonly RuleEntry[] = [
  rule('MOVE-1', 'REFUSE', WHILE, 'A move cannot be stopped',
    'Once a move has started, a request to stop or cancel it is refused, and the move runs to completion: with the worker up and the clock advanced past a bound derived from its data, it has completed. A move that stalls, pauses or never finishes breaks this rule as an accepted cancel does.'),
  rule('MOVE-2', 'MUST', WHILE, 'Arrivals during the move are moved too',
    'Conversations arriving in the channel while it moves are detected and moved as well; none stays in the inbox.'),
  rule('MOVE-3', 'MUST', WHILE, 'Banner while moving',
    'While a move runs, a banner tells users about it in the inbox settings and in the inbox; no banner when nothing moves.'),
  rule('MOVE-4', 'MUST', HOW, 'Leaving the progress page is harmless',
    'Closing the progress page (the starter leaving) does not interfere with the move.'),
  rule('MOVE-5', 'MUST', HOW, 'Duration grows with the data',
    'The time a move takes depends on the data moved: more conversations and messages never make it shorter.'),
  rule('MOVE-6', 'MUST', HOW, 'Channel shows up in help desk',
    'When the move is done, the channel is in the help desk workspace and no longer in the inbox.'),
  rule('MOVE-7', 'MUST', BEFORE, 'Notifications follow the setting',
    'Ticket creation and assignment during the move notify users only while notifications are on; turning them on later sends nothing for earlier tickets.'),
]; // prettier-ignore
