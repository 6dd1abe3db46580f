import { refusalChecker } from '../refusal.ts';

/** ELIG-1: a start-move on an account whose tier the profile does not allow is refused (naming ELIG-1 when alone). */
export const elig1 = refusalChecker('ELIG-1');
