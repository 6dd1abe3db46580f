import { refusalChecker } from '../refusal.ts';

/** ELIG-4: a start-move on a channel kind the profile cannot move (or an excluded fallback address) is refused. */
export const elig4 = refusalChecker('ELIG-4');
