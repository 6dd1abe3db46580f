import type { PolicyId, ProfileId, RuleId, RuleKind } from '../../domain/index.ts';
import { PROFILE_IDS, PROFILES } from '../../domain/index.ts';
import type { Profile } from '../../domain/index.ts';

/** The group a rule belongs to: the prefix of its ID. */
export type RuleGroup = 'ELIG' | 'ADV' | 'MOVE' | 'SET' | 'NEW' | 'HIST' | 'INV' | 'OPEN';

/** The section of the English article a rule comes from; `implied` for the invariants. */
export type ArticleSection =
  | 'Introduction'
  | 'Before you get started'
  | 'Migration expectations and behaviour'
  | 'Move an existing inbox channel or chatflow'
  | 'What to expect while moving'
  | 'implied';

/** One rule of the catalogue: RULES.md's ID and kind, our own wording, where it comes from. */
export interface RuleEntry {
  readonly id: RuleId;
  readonly kind: RuleKind;
  readonly group: RuleGroup;
  readonly title: string;
  readonly wording: string;
  readonly source: ArticleSection;
  /** The rule profiles (dated versions of the article) in which the rule holds. */
  readonly profiles: readonly ProfileId[];
  /** For OPEN rules: the policy that selects the interpretation. */
  readonly policy?: PolicyId;
}

/** Every profile: most rules did not change between versions. */
export const ALL_PROFILES: readonly ProfileId[] = PROFILE_IDS;

/** The profiles whose data satisfy `predicate`, read from domain/profiles.ts so both stay in step. */
export function profilesWhere(predicate: (profile: Profile) => boolean): readonly ProfileId[] {
  return PROFILE_IDS.filter((id) => predicate(PROFILES[id]));
}

/** Profiles in which chatflows can be moved (the earliest version knew only email and form). */
export const CHATFLOW_PROFILES = profilesWhere((profile) => profile.movableKinds.includes('chatflow'));

/** Builds an entry; the group is the prefix of the ID. Keeps the catalogue tables short. */
export function rule(
  id: RuleId,
  kind: RuleKind,
  source: ArticleSection,
  title: string,
  wording: string,
  profiles: readonly ProfileId[] = ALL_PROFILES,
  policy?: PolicyId,
): RuleEntry {
  const group = id.slice(0, id.indexOf('-')) as RuleGroup;
  return policy === undefined
    ? { id, kind, group, title, wording, source, profiles }
    : { id, kind, group, title, wording, source, profiles, policy };
}
