// The rule catalogue and the hostile strings the fixture runs use.
import { RULE_IDS } from '../../domain/rule-ids.ts';
import type { RuleId } from '../../domain/rule-ids.ts';
import type { RuleInfo } from '../../reports/reporter.ts';

/** Strings that must show as text in every report and never execute or break its syntax. */
export const HOSTILE = {
  script: '<script>alert(1)</script>',
  attr: '"><img src=x onerror=alert(1)>',
  pwned: '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>',
  quote: `'><svg onload="window.__pwned=3">`,
  rtl: 'مرحبا بالعالم \u202Egnp.exe\u202C שלום',
  emoji: 'Help 📬🚀 👩‍💻 🇪🇸',
  control: 'nul \u0000 bell \u0007 esc \u001b[31mred\u001b[0m del \u007f lone \uD800 end',
  markdown: '| cell | break\nnew line **bold** [link](javascript:alert(1)) `code` ]]> </style></textarea>',
  long: `long:${'A'.repeat(10_000)}`,
} as const;

/** One of each, joined: what a field looks like when everything goes wrong at once. */
export const HOSTILE_ALL = Object.values(HOSTILE)
  .filter((text) => text !== HOSTILE.long)
  .join(' ');

const TITLES: Record<RuleId, string> = {
  'ELIG-1': 'Service Hub Pro or Enterprise only', 'ELIG-2': 'Help desk beta required',
  'ELIG-3': 'Only a Super Admin starts a move', 'ELIG-4': 'Only chatflows, email and form channels move',
  'ELIG-5': 'No WhatsApp or Messenger chatflows', 'ELIG-6': 'One move at a time',
  'ELIG-7': 'A move is one-way', 'ELIG-8': 'Entry points by channel kind',
  'ADV-1': 'Agents should have help desk access', 'ADV-2': 'Help desk SLAs should be set',
  'ADV-3': 'Start in low-volume hours', 'ADV-4': 'Consider turning notifications off',
  'ADV-5': 'Move the email channel with the form', 'MOVE-1': 'A move cannot be cancelled',
  'MOVE-2': 'Arrivals during the move are moved too', 'MOVE-3': 'A banner shows while a move runs',
  'MOVE-4': 'Leaving the progress page changes nothing', 'MOVE-5': 'Duration grows with the data',
  'MOVE-6': 'The channel ends in help desk', 'MOVE-7': 'Notifications follow the setting',
  'SET-1': 'Channel settings persist', 'NEW-1': 'New conversations get a ticket in help desk',
  'NEW-2': 'Access and SLAs apply to new tickets', 'HIST-0': 'History "all" needs two pipeline statuses',
  'HIST-1': 'Existing tickets move as is', 'HIST-2': 'A conversation without a ticket gets one',
  'HIST-2a': 'Ticket create date = conversation start', 'HIST-2b': 'Ticket status after conversation state',
  'HIST-2c': 'Owner kept only with help desk access', 'HIST-3': 'Replies land on the ticket in help desk',
  'HIST-4': 'Access and SLAs apply to moved tickets', 'HIST-5': 'History "none" leaves old conversations',
  'HIST-6': 'History cannot be moved later', 'HIST-7': 'Only the most recent channel counts',
  'HIST-8': 'Form-then-email threads belong to email', 'INV-1': 'No conversation lost or duplicated',
  'INV-2': 'No message lost, duplicated or reordered', 'INV-3': 'Exactly one ticket per conversation',
  'INV-4': 'Other channels untouched', 'INV-5': 'Deterministic, byte for byte',
  'INV-6': 'A refusal changes nothing', 'OPEN-1': 'Moved ticket owner without access',
  'OPEN-2': 'Reply to an old conversation after "none"', 'OPEN-3': 'Channel changed during a move',
  'OPEN-4': 'Access changed during a move', 'OPEN-5': 'Conversation with several tickets',
  'OPEN-6': 'Notifications back on during a move', 'OPEN-7': 'Create date of arrivals during a move',
  'HIST-9': 'All means all', 'INV-7': 'Nothing changes that no rule allows', 'INV-8': 'A valid request is accepted',
  'OPEN-8': 'When SLA clocks start', 'OPEN-9': 'Closed, reopened or reassigned during a move',
}; // prettier-ignore

/** The whole catalogue; INV-6 carries a hostile title, as a user-extended catalogue might. */
export const CATALOGUE: readonly RuleInfo[] = RULE_IDS.map((id) => ({
  id,
  kind: kindOf(id),
  title: id === 'INV-6' ? `${TITLES[id]} ${HOSTILE.script}` : TITLES[id],
}));

function kindOf(id: RuleId): RuleInfo['kind'] {
  if (id.startsWith('ADV')) return 'ADVISE';
  if (id.startsWith('INV')) return 'INVARIANT';
  if (id.startsWith('OPEN')) return 'OPEN';
  const refuse: readonly RuleId[] = ['ELIG-1', 'ELIG-2', 'ELIG-3', 'ELIG-4', 'ELIG-5', 'ELIG-6', 'ELIG-7'];
  return refuse.includes(id) || id === 'MOVE-1' || id === 'HIST-0' || id === 'HIST-6' ? 'REFUSE' : 'MUST';
}
