import { refusalChecker } from '../refusal.ts';

/** HIST-0: a start-move with history "all" lacking an open or closed status of the pipeline is refused. */
export const hist0 = refusalChecker('HIST-0');
