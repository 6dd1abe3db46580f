/**
 * MOVE-2: the move takes a snapshot of the channel when it starts; conversations arriving while it
 * runs are stored in the inbox and never picked up.
 */
import { strandArrivals } from './_strand-arrivals.ts';

export default strandArrivals('bad:arrivals-left-in-inbox', true);
