import type { RuleEntry } from './rule-entry.ts';
import { rule } from './rule-entry.ts';

const HOW = 'Move an existing inbox channel or chatflow';
const WHILE = 'What to expect while moving';
const EXPECT = 'Migration expectations and behaviour';

/** HIST-0..8: what happens to the channel's historical conversations and tickets. */
export const HISTORY_RULES: readonly RuleEntry[] = [
  rule('HIST-0', 'REFUSE', HOW, 'Statuses required for "all conversations"',
    'Choosing to move all conversations needs a help desk pipeline status for open and for closed conversations; otherwise the move does not start.'),
  rule('HIST-1', 'MUST', EXPECT, 'Existing tickets move as they are',
    'A conversation with a ticket moves together with it, and the ticket keeps its fields.'),
  rule('HIST-2', 'MUST', EXPECT, 'A ticket for conversations without one',
    'A moved conversation with no ticket gets a new ticket, associated with it.'),
  rule('HIST-2a', 'MUST', EXPECT, 'Create date = conversation start',
    "A ticket created for a historical conversation is dated at the conversation's start."),
  rule('HIST-2b', 'MUST', EXPECT, 'Status after open or closed',
    'A created ticket gets the status chosen for open conversations or the one chosen for closed ones, after the conversation.'),
  rule('HIST-2c', 'MUST', EXPECT, 'Owner only with help desk access',
    "A created ticket is owned by the conversation's current owner when that owner has help desk access, and is unassigned otherwise."),
  rule('HIST-3', 'MUST', EXPECT, 'Replies follow the conversation',
    "A new reply to a moved conversation shows up in help desk, on the conversation's ticket."),
  rule('HIST-4', 'MUST', EXPECT, 'Access and SLAs apply to moved items',
    'Help desk access and SLAs apply to moved conversations and their tickets.'),
  rule('HIST-5', 'MUST', HOW, '"None" leaves history untouched',
    'When no conversations are chosen, the existing ones stay in the inbox, unchanged.'),
  rule('HIST-6', 'REFUSE', HOW, 'No moving history later',
    "Once the channel is moving or in help desk, its history can no longer be moved; the choice exists only at the start."),
  rule('HIST-7', 'MUST', WHILE, 'Most recent channel counts',
    "A conversation moves with the channel it is in now, not with a channel it was in before."),
  rule('HIST-8', 'MUST', WHILE, 'Form threads continued over email',
    'A thread begun by a form submission and continued by email belongs to the email channel: moving the form leaves it, moving the email channel takes it with its whole history.'),
  rule('HIST-9', 'MUST', WHILE, 'All means all',
    'With "all conversations", every conversation whose current channel is the moved one when it is processed ends in help desk, whatever its history, status, owner or ticket count; none stays in the inbox and none is listed in both places.'),
]; // prettier-ignore
