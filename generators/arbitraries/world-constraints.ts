/**
 * Bounds of `worldArbitrary`. Plain data (JSON-serialisable) on purpose: a failing property can
 * print them beside fast-check's `seed` and `path`, and the same arbitrary is rebuilt to replay.
 */
export interface WorldConstraints {
  /** @default 4 */
  readonly maxUsers: number;
  /** @default 5 */
  readonly maxChannels: number;
  /** @default 8 */
  readonly maxConversations: number;
  /** Per conversation. @default 5 */
  readonly maxMessages: number;
  /** @default 6 */
  readonly maxTickets: number;
  /** Channels in a conversation's history. @default 3 */
  readonly maxHistory: number;
  /** The first user is a Super Admin. @default true */
  readonly requireSuperAdmin: boolean;
  /** Share of names, subjects and bodies drawn from hostile strings (as a weight out of 100). @default 5 */
  readonly hostileWeight: number;
}

/** The defaults of `worldArbitrary`: small worlds, so counterexamples are small to read. */
export const DEFAULT_WORLD_CONSTRAINTS: WorldConstraints = {
  maxUsers: 4,
  maxChannels: 5,
  maxConversations: 8,
  maxMessages: 5,
  maxTickets: 6,
  maxHistory: 3,
  requireSuperAdmin: true,
  hostileWeight: 5,
};
