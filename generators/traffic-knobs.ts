import { DAY } from '../domain/index.ts';

/** The knobs of `generateTraffic`. Rates are per hour at business hours (08:00–18:00 UTC). */
export interface TrafficKnobs {
  /** The channel to move; null picks a movable one (email, form, website chatflow) with the seed. @default null */
  readonly channelId: string | null;
  /** The acting user; null takes the first Super Admin (the first user when there is none). @default null */
  readonly actorId: string | null;
  /** History choice; with 'all' the statuses are the pipeline's first (open) and last (closed). @default 'all' */
  readonly history: 'all' | 'none';
  /** Hours of traffic while the move runs, before `run-until-idle`. @default 24 */
  readonly hours: number;
  /** Hours of traffic after the move. @default 6 */
  readonly afterMoveHours: number;
  /** New conversations per business hour. @default 12 */
  readonly arrivalsPerHour: number;
  /** Replies to existing conversations per business hour. @default 20 */
  readonly repliesPerHour: number;
  /** Rate multiplier from 22:00 to 07:00 UTC (evenings get half the day rate). @default 0.15 */
  readonly nightFactor: number;
  /** Share of arrivals and replies aimed at the moved channel. @default 0.5 */
  readonly movedChannelShare: number;
  /** `maxMs` of the `run-until-idle` command; after-move traffic is stamped after it. @default 7 days */
  readonly idleMaxMs: number;
  /** Share of hostile subjects, names and bodies. @default 0.02 */
  readonly hostileShare: number;
}

/** The defaults of every traffic knob. */
export const DEFAULT_TRAFFIC_KNOBS: TrafficKnobs = {
  channelId: null,
  actorId: null,
  history: 'all',
  hours: 24,
  afterMoveHours: 6,
  arrivalsPerHour: 12,
  repliesPerHour: 20,
  nightFactor: 0.15,
  movedChannelShare: 0.5,
  idleMaxMs: 7 * DAY,
  hostileShare: 0.02,
};
