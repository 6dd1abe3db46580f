import { refusalChecker } from '../refusal.ts';

/** HIST-6: asking to move the history of a channel that is moving or in help desk is refused. */
export const hist6 = refusalChecker('HIST-6');
