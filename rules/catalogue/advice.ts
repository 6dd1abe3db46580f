import type { RuleEntry } from './rule-entry.ts';
import { rule } from './rule-entry.ts';

const BEFORE = 'Before you get started';

/** ADV-1..5: pre-flight warnings; the harness gives them (rules/preflight.ts), nothing to check. */
export const ADVICE_RULES: readonly RuleEntry[] = [
  rule('ADV-1', 'ADVISE', BEFORE, 'Help desk access for all agents',
    'Every agent should have help desk access; list those without it and how many new tickets would be left unassigned because of it.'),
  rule('ADV-2', 'ADVISE', BEFORE, 'Help desk SLAs configured',
    'Help desk SLAs should be set up before moving; warn when the account has none.'),
  rule('ADV-3', 'ADVISE', BEFORE, 'Move in low-volume hours',
    'Conversations keep arriving while a move runs; estimate how many will arrive during it and suggest a quiet time.'),
  rule('ADV-4', 'ADVISE', BEFORE, 'Notifications during the move',
    'Creating and assigning tickets during the move notifies users; give the expected number and suggest turning notifications off.'),
  rule('ADV-5', 'ADVISE', 'What to expect while moving', 'Move the email channel that answers forms',
    'When moving a form channel, also move the connected email channel agents reply from; list the threads that would stay behind.'),
]; // prettier-ignore
