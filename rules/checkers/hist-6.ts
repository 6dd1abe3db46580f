import type { Trace, Verdict } from '../../domain/index.ts';
import { refusalChecker } from '../_refusal.ts';

/** HIST-6: asking to move the history of a channel that is moving or in help desk is refused. */
export const checkHist6: (trace: Trace) => Verdict = refusalChecker('HIST-6');
