/**
 * The open questions of RULES.md (OPEN-1..9) as explicit, selectable policies.
 * The first value of each list is the suggested default.
 */
export const POLICY_VALUES = {
  /** A moved existing ticket whose owner lacks help desk access. */
  'OPEN-1': ['keep-owner', 'unassign'],
  /** With history "none", a new reply to an old conversation of the moved channel. */
  'OPEN-2': ['stays', 'moves'],
  /** A conversation reassigned to another channel while a move runs: which channel counts. */
  'OPEN-3': ['at-processing', 'at-move-start'],
  /** An owner gains or loses help desk access during the move: when access is evaluated. */
  'OPEN-4': ['at-ticket-creation', 'at-move-start'],
  /** A conversation already associated with several tickets. */
  'OPEN-5': ['all-move', 'most-recent-moves'],
  /** Notifications turned back on while the move still runs. */
  'OPEN-6': ['resume', 'off-until-complete'],
  /** Create date of tickets for conversations that arrive during the move. */
  'OPEN-7': ['own-start-date', 'processing-time'],
  /** When the SLA clocks of a moved or back-dated ticket start (the schedule is the account's). */
  'OPEN-8': ['at-help-desk-entry', 'at-create-date'],
  /** A conversation closed, reopened or reassigned during the move: which state and owner count. */
  'OPEN-9': ['at-processing', 'at-move-start'],
} as const;

export type PolicyId = keyof typeof POLICY_VALUES;
export const POLICY_IDS = Object.keys(POLICY_VALUES) as PolicyId[];

export type Policies = { readonly [K in PolicyId]: (typeof POLICY_VALUES)[K][number] };

/** The suggested default of every policy: the first value of its list. */
export const DEFAULT_POLICIES = Object.fromEntries(
  POLICY_IDS.map((id) => [id, POLICY_VALUES[id][0]]),
) as Policies;

export function isPolicyValue<K extends PolicyId>(id: K, value: string): value is Policies[K] {
  return (POLICY_VALUES[id] as readonly string[]).includes(value);
}
