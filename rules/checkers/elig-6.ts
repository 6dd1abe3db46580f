import { refusalChecker } from '../refusal.ts';

/** ELIG-6: a start-move while another channel is moving is refused. */
export const elig6 = refusalChecker('ELIG-6');
