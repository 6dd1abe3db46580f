import type { Trace, Verdict } from '../../domain/index.ts';
import { refusalChecker } from '../_refusal.ts';

/** ELIG-6: a start-move while another channel is moving is refused. */
export const checkElig6: (trace: Trace) => Verdict = refusalChecker('ELIG-6');
