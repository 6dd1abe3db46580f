import type { RuleEntry } from './rule-entry.ts';
import { rule } from './rule-entry.ts';

const EXPECT = 'Migration expectations and behaviour';

/** SET-1: the moved channel keeps its own settings. */
export const SET_RULES: readonly RuleEntry[] = [
  rule('SET-1', 'MUST', EXPECT, 'Channel settings persist',
    "The moved channel's signatures, routing, automation and ticket-creation settings stay as they were, not reset to help desk defaults."),
]; // prettier-ignore
