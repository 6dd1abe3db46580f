import { refusalChecker } from '../refusal.ts';

/** ELIG-5: a start-move on a WhatsApp or Messenger chatflow is refused. */
export const elig5 = refusalChecker('ELIG-5');
