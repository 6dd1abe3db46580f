import type { Trace, Verdict } from '../../domain/index.ts';
import { refusalChecker } from '../_refusal.ts';

/** ELIG-2: where the profile requires the beta, a start-move on an account not enrolled is refused. */
export const checkElig2: (trace: Trace) => Verdict = refusalChecker('ELIG-2');
