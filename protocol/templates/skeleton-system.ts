// A system under test for inbox-move-sim: the adapter between the harness and YOUR implementation
// of "move an inbox channel to the help desk". Scaffolded by `inbox-move-sim init system --lang ts`.
//
// Run the built-in suite against it (it fails until the TODOs are done, with clear failures):
//   npx inbox-move-sim run --system __DIR__/system.ts
//
// The seam is documented in the harness's domain/system.ts and docs/SEMANTICS.md (what each command
// must observably do); the types below are the parts of it this skeleton touches. Self-contained on
// purpose: no import, so it runs wherever it is copied.

type SimTime = number;
interface World {
  readonly clock: SimTime;
  readonly account: { readonly notificationsOn: boolean } & Record<string, unknown>;
  readonly channels: readonly ({ readonly id: string; readonly location: string } & Record<
    string,
    unknown
  >)[];
  readonly [key: string]: unknown;
}
type Command = { readonly type: string } & Record<string, unknown>;
type CommandResult =
  | { readonly status: 'accepted' }
  | { readonly status: 'refused'; readonly ruleId: string; readonly reason: string }
  | { readonly status: 'invalid'; readonly reason: string };
interface SystemOptions {
  readonly policies: Readonly<Record<string, string>>;
  readonly profile: string;
}

export default function createSystem(initial: World, options: SystemOptions) {
  // TODO: create a fresh instance of your system from `initial` (and `options`: the OPEN-n policies
  // and the rule profile to behave by). Here: the world is only kept, never changed.
  const world: World = initial;
  void options;
  const events: { readonly seq: number; readonly at: SimTime; readonly type: string }[] = [];

  return {
    name: 'my-system',
    execute(command: Command): CommandResult {
      // TODO: translate each command (start-move, conversation-arrives, advance, run-until-idle, …)
      // into calls of your system; answer accepted, refused (with the rule ID) or invalid.
      return { status: 'invalid', reason: `TODO: implement ${command.type}` };
    },
    world(): World {
      // TODO: your system's state, translated back into a World (an immutable value).
      return world;
    },
    observe() {
      // TODO: the banner, the move's progress and where each channel is, as your system shows them.
      return {
        at: world.clock,
        banner: null,
        notificationsOn: world.account.notificationsOn,
        move: null,
        channelLocations: Object.fromEntries(world.channels.map((channel) => [channel.id, channel.location])),
      };
    },
    events() {
      // TODO: your system's append-only event log (seq from 0, without gaps).
      return events;
    },
  };
}
