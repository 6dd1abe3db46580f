import type {
  Command,
  CommandResult,
  EventBody,
  SyncMigrationSystem,
  Observation,
  SimTime,
  SystemEvent,
  SyncSystemFactory,
  SystemOptions,
  World,
} from '../domain/index.ts';
import { createReferenceSystem } from '../machines/index.ts';

/** An event to log: its body and when it happened (the wrapper numbers it). */
export type Draft = EventBody & { readonly at: SimTime };

/** What a variant's hooks can see and do. */
export interface WrapContext {
  /** The reference system the variant delegates to. */
  readonly inner: SyncMigrationSystem;
  readonly options: SystemOptions;
  /** The world the variant was created with (before any disguise). */
  readonly given: World;
  /** The variant's own event log so far (what the harness sees). */
  readonly log: readonly SystemEvent[];
  /** Appends an event to the variant's log. */
  emit(draft: Draft): void;
}

/**
 * The one behaviour a variant changes. Every hook is optional; a variant with none is the
 * reference system. Hooks run on the reference system's answers, never on its internals.
 */
export interface Tweaks {
  /** The world handed to the reference system, when the bug is that the system misreads it. */
  readonly disguise?: (world: World) => World;
  /** Before the command reaches the reference system: a (maybe changed) command, or an answer of its own. */
  readonly command?: (command: Command) => Command | CommandResult;
  /** Each new event of the reference system: the events to log in its place. */
  readonly event?: (event: SystemEvent) => Draft | readonly Draft[] | null;
  /**
   * Runs after each command, once the reference system's events are copied; may send the reference
   * system more commands (their events are copied next) and answer with another result.
   */
  readonly after?: (command: Command, result: CommandResult) => CommandResult | undefined;
  readonly world?: (world: World) => World;
  readonly observe?: (observation: Observation) => Observation;
}

const isCommand = (value: Command | CommandResult): value is Command => 'type' in value;

/**
 * A known-bad system: the reference system (or `inner`) with the hooks `build` returns for each
 * new instance, so a variant's state is per instance. Events are renumbered so `seq` has no gaps.
 */
export function wrapReference(
  name: string,
  build: (ctx: WrapContext) => Tweaks,
  inner: SyncSystemFactory = createReferenceSystem,
): SyncSystemFactory {
  return (world, options) => {
    const log: SystemEvent[] = [];
    let copied = 0;
    // Bumped by every command: a variant's own state may have changed, so world() maps again.
    let version = 0;
    let cache: { inner: World; version: number; mapped: World } | null = null;
    const made: { system?: SyncMigrationSystem } = {};
    const ctx: WrapContext = {
      get inner(): SyncMigrationSystem {
        if (made.system === undefined) throw new Error(`${name}: the hooks read the system before it exists`);
        return made.system;
      },
      options,
      given: world,
      log,
      emit: (draft) => {
        log.push({ ...draft, seq: log.length });
      },
    };
    // The hooks may disguise the world the reference system is built on, so build them first.
    const tweaks = build(ctx);
    const started = inner(tweaks.disguise === undefined ? world : tweaks.disguise(world), options);
    made.system = started;

    const sync = (): void => {
      const events = started.events();
      for (; copied < events.length; copied += 1) {
        const event = events[copied];
        if (event === undefined) continue;
        const out = tweaks.event === undefined ? event : tweaks.event(event);
        if (out === null) continue;
        const drafts: readonly Draft[] = Array.isArray(out) ? out : [out as Draft];
        for (const draft of drafts) ctx.emit(draft);
      }
    };

    return {
      name,
      execute(command) {
        const before = tweaks.command === undefined ? command : tweaks.command(command);
        let result = isCommand(before) ? started.execute(before) : before;
        sync();
        if (tweaks.after !== undefined) {
          result = tweaks.after(command, result) ?? result;
          sync();
        }
        version += 1;
        return result;
      },
      world() {
        const current = started.world();
        if (tweaks.world === undefined) return current;
        if (cache?.inner !== current || cache.version !== version) {
          cache = { inner: current, version, mapped: tweaks.world(current) };
        }
        return cache.mapped;
      },
      observe: () => (tweaks.observe === undefined ? started.observe() : tweaks.observe(started.observe())),
      events: () => log,
    };
  };
}

/** Strips `seq` from an event, to log it again (maybe changed). */
export function draftOf(event: SystemEvent): Draft {
  const { seq: _seq, ...draft } = event;
  return draft;
}
