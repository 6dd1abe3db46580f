import { refusalChecker } from '../refusal.ts';

/** ELIG-2: where the profile requires the beta, a start-move on an account not enrolled is refused. */
export const elig2 = refusalChecker('ELIG-2');
