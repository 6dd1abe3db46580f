/**
 * MOVE-2: while a channel moves, its incoming conversations are written straight to the inbox
 * store by the mail intake, bypassing the event pipeline the move listens to: the move never hears
 * of them, nothing is logged, and they stay in the inbox after the move completes.
 */
import { strandArrivals } from './_strand-arrivals.ts';

export default strandArrivals('bad:arrival-stranded-unlogged', false);
