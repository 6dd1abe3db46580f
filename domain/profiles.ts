import type { ServiceHubTier } from './account.ts';
import type { ChannelKind } from './channel.ts';

/**
 * Rule profiles: the article's dated versions (RULES.md, "The article changed over time").
 * Plain data read from the dated translations; the reference system and the checkers both read
 * it, so it is the one place to review when a new version of the article appears.
 */
export const PROFILE_IDS = ['2024-01-29', '2024-04-12', '2024-09-26', '2025-03-14', '2025-05-28'] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];
export const DEFAULT_PROFILE: ProfileId = '2024-04-12';

export interface Profile {
  readonly id: ProfileId;
  readonly label: string;
  /** ELIG-1 */
  readonly allowedTiers: readonly ServiceHubTier[];
  /** ELIG-2 */
  readonly betaRequired: boolean;
  /** ELIG-4: channel kinds that can be moved (chatflows subject to ELIG-5). */
  readonly movableKinds: readonly ChannelKind[];
  /** ELIG-6 and ELIG-7 were not yet stated in the earliest version. */
  readonly oneAtATimeStated: boolean;
  readonly oneWayStated: boolean;
  /** A connected email channel on the account's fallback address cannot be moved. */
  readonly fallbackEmailMovable: boolean;
  readonly notes: readonly string[];
}

const BASE: Profile = {
  id: '2024-04-12',
  label: '12 Apr 2024 (seed)',
  allowedTiers: ['pro', 'enterprise'],
  betaRequired: true,
  movableKinds: ['email', 'form', 'chatflow'],
  oneAtATimeStated: true,
  oneWayStated: true,
  fallbackEmailMovable: true,
  notes: ['The version the seed article was translated from.'],
};

export const PROFILES: Readonly<Record<ProfileId, Profile>> = {
  '2024-01-29': {
    ...BASE,
    id: '2024-01-29',
    label: '29 Jan 2024',
    allowedTiers: ['pro'],
    movableKinds: ['email', 'form'],
    oneAtATimeStated: false,
    oneWayStated: false,
    notes: [
      'Service Hub Pro only; beta required; only email and form channels; no one-way or one-at-a-time caveats.',
    ],
  },
  '2024-04-12': BASE,
  '2024-09-26': {
    ...BASE,
    id: '2024-09-26',
    label: '26 Sep 2024',
    betaRequired: false,
    notes: [
      'Beta no longer required.',
      'WhatsApp and Messenger: delete the channel from the inbox and connect it to help desk instead.',
    ],
  },
  '2025-03-14': {
    ...BASE,
    id: '2025-03-14',
    label: '14 Mar 2025',
    betaRequired: false,
    movableKinds: ['email', 'form', 'chatflow', 'calling'],
    notes: ['Calling channels can be moved too.'],
  },
  '2025-05-28': {
    ...BASE,
    id: '2025-05-28',
    label: '28 May 2025',
    betaRequired: false,
    movableKinds: ['email', 'form', 'chatflow', 'calling'],
    fallbackEmailMovable: false,
    notes: ['Calling movable; a fallback email address cannot be moved.'],
  },
};

export function isProfileId(value: string): value is ProfileId {
  return (PROFILE_IDS as readonly string[]).includes(value);
}
