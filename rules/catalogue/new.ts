import type { RuleEntry } from './rule-entry.ts';
import { rule } from './rule-entry.ts';

const EXPECT = 'Migration expectations and behaviour';

/** NEW-1..2: conversations that reach a moved channel after the move. */
export const NEW_RULES: readonly RuleEntry[] = [
  rule('NEW-1', 'MUST', EXPECT, 'New conversations get a ticket in help desk',
    'Each new conversation of a moved channel (arriving in it, or changed into it) lands in help desk with a new ticket created for it and associated with it, following the channel\'s kept ticket-creation settings (its default status), not help desk defaults.'),
  rule('NEW-2', 'MUST', EXPECT, 'Access and SLAs apply to new tickets',
    'Help desk access and help desk SLAs apply to every new ticket coming from a moved channel.'),
]; // prettier-ignore
