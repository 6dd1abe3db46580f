import { refusalChecker } from '../refusal.ts';

/** ELIG-8: a start-move from the wrong entry point (email/form/calling: inbox settings; chatflows: chatflows list) is refused. */
export const elig8 = refusalChecker('ELIG-8');
