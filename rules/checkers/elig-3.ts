import type { Trace, Verdict } from '../../domain/index.ts';
import { refusalChecker } from '../_refusal.ts';

/** ELIG-3: a start-move by a user who is not a Super Admin is refused. */
export const checkElig3: (trace: Trace) => Verdict = refusalChecker('ELIG-3');
