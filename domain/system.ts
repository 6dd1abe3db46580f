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

/** A value, or a promise of it: a plug-in may answer synchronously or asynchronously. */
export type MaybePromise<T> = T | Promise<T>;

/**
 * What a system implements, declared on its factory (known before any play) and optionally on each
 * system. Scenarios pinned to profiles or policy values outside these are "not applicable to this
 * system"; asking for them with --profile/--policy/--sweep is a usage error.
 */
export interface SystemCapabilities {
  /** Rule profiles it implements; absent = all. */
  readonly profiles?: readonly ProfileId[];
  /** For each OPEN policy, the values it implements; a policy absent = all values. */
  readonly policies?: Partial<{ readonly [K in keyof Policies]: readonly Policies[K][] }>;
  /**
   * Whether `advance`/`run-until-idle` warp its clock (a test clock). false: the time-dependent
   * rules are reported, not judged (docs/SEMANTICS.md). Default true.
   */
  readonly testClock?: boolean;
}

/**
 * The seam: anything that can be moved through a scenario. The reference XState system is one
 * implementation; known-bad variants and a user's own implementation are others. Every method may
 * answer with a value or a promise (a remote or async system); the runner awaits only when it gets
 * a promise, so a synchronous system keeps the synchronous fast path.
 */
export interface MigrationSystem {
  readonly name: string;
  readonly capabilities?: SystemCapabilities;
  execute(command: Command): MaybePromise<CommandResult>;
  /** The current world. Immutable: the system must not mutate it (or any part of it) later. */
  world(): MaybePromise<World>;
  observe(): MaybePromise<Observation>;
  /** The append-only event log since creation. */
  events(): MaybePromise<readonly SystemEvent[]>;
  /**
   * Optional: the events appended since position `seq` (0-based) of the log, so that a remote
   * system need not resend its whole log after every command.
   */
  eventsSince?(seq: number): MaybePromise<readonly SystemEvent[]>;
  /** Optional teardown; the runner calls it once at the end of a play, also after a failure. */
  close?(): MaybePromise<void>;
}

/** What a plug-in module default-exports. */
export type SystemFactory = ((world: World, options: SystemOptions) => MaybePromise<MigrationSystem>) & {
  /**
   * Known before any play: scenarios pinned to other values are "not applicable to this system",
   * and --policy/--profile/--sweep values it cannot do are rejected (exit 2).
   */
  readonly capabilities?: SystemCapabilities;
  /** Optional teardown of the whole factory (e.g. a child process), called once when a run ends. */
  readonly dispose?: () => MaybePromise<void>;
};

/** A system that answers synchronously (the reference, the known-bad variants): no awaiting. */
export interface SyncMigrationSystem extends MigrationSystem {
  execute(command: Command): CommandResult;
  world(): World;
  observe(): Observation;
  events(): readonly SystemEvent[];
  eventsSince?(seq: number): readonly SystemEvent[];
  close?(): void;
}

/** A factory of synchronous systems; usable wherever a SystemFactory is. */
export type SyncSystemFactory = ((world: World, options: SystemOptions) => SyncMigrationSystem) & {
  readonly capabilities?: SystemCapabilities;
  readonly dispose?: () => void;
};
