import type { RuleEntry } from './rule-entry.ts';
import { ALL_PROFILES, CHATFLOW_PROFILES, profilesWhere } from './rule-entry.ts';

/** ELIG-1..8: who can move what, from where (RULES.md "Availability and permissions"). */
export const ELIGIBILITY_RULES: readonly RuleEntry[] = [
  {
    id: 'ELIG-1',
    kind: 'REFUSE',
    group: 'ELIG',
    title: 'Service Hub tier',
    wording: 'A move is refused unless the account has one of the Service Hub tiers the article allows.',
    source: 'Introduction',
    profiles: ALL_PROFILES,
  },
  {
    id: 'ELIG-2',
    kind: 'REFUSE',
    group: 'ELIG',
    title: 'Help desk beta enrolment',
    wording: 'A move is refused when the account is not enrolled in the help desk workspace beta.',
    source: 'Introduction',
    profiles: profilesWhere((profile) => profile.betaRequired),
  },
  {
    id: 'ELIG-3',
    kind: 'REFUSE',
    group: 'ELIG',
    title: 'Super Admins only',
    wording: 'Only a Super Admin may start a move; anyone else is refused.',
    source: 'Introduction',
    profiles: ALL_PROFILES,
  },
  {
    id: 'ELIG-4',
    kind: 'REFUSE',
    group: 'ELIG',
    title: 'Movable channel kinds',
    wording:
      'Only the channel kinds the article lists can be moved (chatflows, connected email, forms; later calling); any other kind, or a fallback address where excluded, is refused.',
    source: 'Before you get started',
    profiles: ALL_PROFILES,
  },
  {
    id: 'ELIG-5',
    kind: 'REFUSE',
    group: 'ELIG',
    title: 'No WhatsApp or Messenger chatflows',
    wording: 'A chatflow running on WhatsApp or Facebook Messenger cannot be moved.',
    source: 'Before you get started',
    profiles: CHATFLOW_PROFILES,
  },
  {
    id: 'ELIG-6',
    kind: 'REFUSE',
    group: 'ELIG',
    title: 'One move at a time',
    wording: 'While one channel or chatflow is moving, a request to move another is refused.',
    source: 'Before you get started',
    profiles: profilesWhere((profile) => profile.oneAtATimeStated),
  },
  {
    id: 'ELIG-7',
    kind: 'REFUSE',
    group: 'ELIG',
    title: 'One-way move',
    wording:
      'A channel that is moving or already in help desk cannot be moved again, nor moved back to the inbox.',
    source: 'Before you get started',
    profiles: profilesWhere((profile) => profile.oneWayStated),
  },
  {
    id: 'ELIG-8',
    kind: 'MUST',
    group: 'ELIG',
    title: 'Entry points',
    wording:
      'Email and form channels are moved from the channel list of the inbox settings, chatflows from the chatflows list; a request from the wrong place is refused.',
    source: 'Move an existing inbox channel or chatflow',
    profiles: ALL_PROFILES,
  },
];
