import type { RuleEntry } from './rule-entry.ts';
import { ALL_PROFILES, rule } from './rule-entry.ts';

const HOW = 'Move an existing inbox channel or chatflow';
const WHILE = 'What to expect while moving';
const EXPECT = 'Migration expectations and behaviour';
const BEFORE = 'Before you get started';

/** OPEN-1..9: where the article is silent; each is a selectable policy (domain/policies.ts). */
export const OPEN_RULES: readonly RuleEntry[] = [
  rule('OPEN-1', 'OPEN', EXPECT, 'Moved ticket, owner without access',
    'A moved existing ticket whose owner lacks help desk access either keeps its owner or becomes unassigned, as the policy says.', ALL_PROFILES, 'OPEN-1'),
  rule('OPEN-2', 'OPEN', HOW, 'Reply to old conversation after "none"',
    'After a move with no history, a reply to an old conversation of the channel either stays in the inbox or moves it to help desk.', ALL_PROFILES, 'OPEN-2'),
  rule('OPEN-3', 'OPEN', WHILE, 'Channel changed during the move',
    'A conversation changed into or out of the moving channel is judged by its channel when it is processed, or when the move started.', ALL_PROFILES, 'OPEN-3'),
  rule('OPEN-4', 'OPEN', EXPECT, 'Access changed during the move',
    "An owner's help desk access is read when each ticket is created, or as it was when the move started.", ALL_PROFILES, 'OPEN-4'),
  rule('OPEN-5', 'OPEN', EXPECT, 'Conversation with several tickets',
    'A conversation already associated with several tickets moves with all of them, or with the most recent one only; no ticket is created.', ALL_PROFILES, 'OPEN-5'),
  rule('OPEN-6', 'OPEN', BEFORE, 'Notifications back on during the move',
    'Notifications turned back on while the move runs either resume at once or stay silent until the move completes.', ALL_PROFILES, 'OPEN-6'),
  rule('OPEN-7', 'OPEN', WHILE, 'Create date of tickets for arrivals',
    'A ticket created for a conversation that arrived during the move is dated at its own start, or at the time it is processed.', ALL_PROFILES, 'OPEN-7'),
  rule('OPEN-8', 'OPEN', EXPECT, 'When SLA clocks start',
    'The SLA clocks of a moved ticket, or of a back-dated ticket created for a historical conversation, start when it enters help desk or at its create date (it may be born breached); they count in the account\'s SLA schedule (24/7 or operating hours).', ALL_PROFILES, 'OPEN-8'),
  rule('OPEN-9', 'OPEN', WHILE, 'Closed, reopened or reassigned during the move',
    'A conversation closed, reopened or given another owner while the move runs, before its turn, is processed with its state and owner at that moment, or as they were when the move started.', ALL_PROFILES, 'OPEN-9'),
]; // prettier-ignore
