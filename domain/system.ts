import type { ChannelLocation } from './channel.ts';
import type { Command } from './commands.ts';
import type { BannerPlace, SystemEvent } from './events.ts';
import type { Policies } from './policies.ts';
import type { ProfileId } from './profiles.ts';
import type { RuleId } from './rule-ids.ts';
import type { SimTime } from './time.ts';
import type { World } from './world.ts';

/**
 * The answer to a command. Refusals are values naming the rule, never exceptions.
 * `invalid` is for a command that makes no sense in this world (an unknown ID): a scenario bug,
 * not a product refusal.
 */
export type CommandResult =
  | { readonly status: 'accepted' }
  | { readonly status: 'refused'; readonly ruleId: RuleId; readonly reason: string }
  | { readonly status: 'invalid'; readonly reason: string };

export interface MoveProgress {
  readonly channelId: string;
  readonly startedAt: SimTime;
  /** `stalled` while the move worker is down (crashed, not yet restarted). */
  readonly status: 'running' | 'stalled';
  readonly processed: number;
  readonly pending: number;
}

/** Cheap observable state, taken after every command (a world snapshot may be too big for that). */
export interface Observation {
  readonly at: SimTime;
  readonly banner: { readonly channelId: string; readonly places: readonly BannerPlace[] } | null;
  readonly notificationsOn: boolean;
  readonly move: MoveProgress | null;
  readonly channelLocations: Readonly<Record<string, ChannelLocation>>;
}

export interface SystemOptions {
  readonly policies: Policies;
  readonly profile: ProfileId;
}

/**
 * The seam: anything that can be moved through a scenario. The reference XState system is one
 * implementation; known-bad variants and a user's own implementation are others.
 */
export interface MigrationSystem {
  readonly name: string;
  execute(command: Command): CommandResult;
  /** The current world. Immutable: the system must not mutate it (or any part of it) later. */
  world(): World;
  observe(): Observation;
  /** The append-only event log since creation. */
  events(): readonly SystemEvent[];
}

/** What a plug-in module default-exports. */
export type SystemFactory = (world: World, options: SystemOptions) => MigrationSystem;
