import { refusalChecker } from '../refusal.ts';

/** ELIG-7: moving a channel that is moving or in help desk again, moving it back, or cancelling a finished move is refused. */
export const elig7 = refusalChecker('ELIG-7');
