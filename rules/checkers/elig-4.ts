import type { Trace, Verdict } from '../../domain/index.ts';
import { refusalChecker } from '../_refusal.ts';

/** ELIG-4: a start-move on a channel kind the profile cannot move (or an excluded fallback address) is refused. */
export const checkElig4: (trace: Trace) => Verdict = refusalChecker('ELIG-4');
