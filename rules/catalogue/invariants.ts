import type { RuleEntry } from './rule-entry.ts';
import { rule } from './rule-entry.ts';

/** INV-1..8: not in the article, implied by any move that loses nothing. */
export const INVARIANT_RULES: readonly RuleEntry[] = [
  rule('INV-1', 'INVARIANT', 'implied', 'No conversation lost or duplicated',
    'Every conversation exists exactly once, either in the inbox or in help desk.'),
  rule('INV-2', 'INVARIANT', 'implied', 'No message lost, duplicated or reordered',
    'Each conversation keeps all its messages once each, in order, new replies after the old ones.'),
  rule('INV-3', 'INVARIANT', 'implied', 'One ticket per help desk conversation',
    'Each help desk conversation has exactly one ticket (or, by policy OPEN-5, exactly the tickets it already had); no move creates a second, even across a crash.'),
  rule('INV-4', 'INVARIANT', 'implied', 'Other channels untouched',
    'Conversations, tickets and settings of channels that are not moved stay as they were, except where a command aimed at them.'),
  rule('INV-5', 'INVARIANT', 'implied', 'Determinism',
    'The same world, commands and options give the same trace, byte for byte (for a system that mints its own IDs, up to one consistent renaming of those IDs).'),
  rule('INV-6', 'INVARIANT', 'implied', 'A refused request changes nothing',
    'A refused or invalid command leaves the world and the observation as they were and logs at most one refusal.'),
  rule('INV-7', 'INVARIANT', 'implied', 'Nothing changes that no rule allows',
    'The frame: every field that differs between the world before and after is licensed by a rule or by a command of the script; a move changes a conversation\'s location and nothing else of it, and touches tickets, users, the account and other channels only as HIST, NEW and OPEN say.'),
  rule('INV-8', 'INVARIANT', 'implied', 'A valid request is accepted',
    'A request that breaks no rule is accepted: a valid move is never refused (whatever rule ID is named) nor answered "invalid" for IDs that exist.'),
]; // prettier-ignore
