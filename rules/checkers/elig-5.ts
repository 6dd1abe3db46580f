import type { Trace, Verdict } from '../../domain/index.ts';
import { refusalChecker } from '../_refusal.ts';

/** ELIG-5: a start-move on a WhatsApp or Messenger chatflow is refused. */
export const checkElig5: (trace: Trace) => Verdict = refusalChecker('ELIG-5');
