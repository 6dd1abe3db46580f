// The known-bad systems ("mutants"): product code, not test code. `inbox-move-sim rules` lists them
// beside the rule that must catch each, explore's measurement and the bench play them, and each is a
// `--system` plug-in; test/mutants/ holds the kill matrix that proves every one is caught.
// The entries live in registry/, one file per kind of bug. This barrel exports KNOWN_BAD alone: the
// bench plays every factory it finds among this module's exports.
import { CREATED_TICKETS } from './registry/created-tickets.ts';
import { HISTORY } from './registry/history.ts';
import { INVARIANTS } from './registry/invariants.ts';
import type { KnownBad } from './registry/known-bad.ts';
import { MISREPORTS } from './registry/misreports.ts';
import { MOVE_AND_NEW_TRAFFIC } from './registry/move-and-new-traffic.ts';
import { QUIET_MOVE_AND_NEW_TRAFFIC } from './registry/quiet-move-and-new-traffic.ts';
import { REFUSALS_ACCEPTED } from './registry/refusals-accepted.ts';

export type { KnownBad } from './registry/known-bad.ts';

/**
 * Every known-bad system; each module default-exports its factory, so
 * `inbox-move-sim run --system mutants/<file>.ts` plays it from the CLI. The order is the kill
 * matrix's, the bench's and the `rules` command's (docs/KILL-MATRIX.md is committed in it): RULES.md's
 * checklist first, then the systems added since.
 */
export const KNOWN_BAD: readonly KnownBad[] = [
  ...CREATED_TICKETS,
  ...REFUSALS_ACCEPTED,
  ...MOVE_AND_NEW_TRAFFIC,
  ...HISTORY,
  ...INVARIANTS,
  ...QUIET_MOVE_AND_NEW_TRAFFIC,
  ...MISREPORTS,
];
