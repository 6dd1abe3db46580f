import { refusalChecker } from '../refusal.ts';

/** ELIG-3: a start-move by a user who is not a Super Admin is refused. */
export const elig3 = refusalChecker('ELIG-3');
