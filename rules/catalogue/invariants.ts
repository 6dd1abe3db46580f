import type { RuleEntry } from './rule-entry.ts';
import { rule } from './rule-entry.ts';

/** INV-1..6: not in the article, implied by any move that loses nothing. */
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
    'The same world, commands and options give the same trace, byte for byte.'),
  rule('INV-6', 'INVARIANT', 'implied', 'A refused request changes nothing',
    'A refused or invalid command leaves the world and the observation as they were and logs at most one refusal.'),
]; // prettier-ignore
