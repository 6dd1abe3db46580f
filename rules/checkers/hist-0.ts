import type { Trace, Verdict } from '../../domain/index.ts';
import { refusalChecker } from '../_refusal.ts';

/** HIST-0: a start-move with history "all" lacking an open or closed status of the pipeline is refused. */
export const checkHist0: (trace: Trace) => Verdict = refusalChecker('HIST-0');
