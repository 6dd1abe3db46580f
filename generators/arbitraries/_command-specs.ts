import fc from 'fast-check';
import type { EntryPoint } from '../../domain/index.ts';
import { DAY, HOUR } from '../../domain/index.ts';
import type { ScriptConstraints } from './script-constraints.ts';

/** A status choice: a pipeline status by reference, none, or one that is not in the pipeline (HIST-0). */
export type StatusSpec = { readonly ref: number } | 'missing' | 'bogus';

/** A command before its references are resolved against the world and the commands before it. */
export type CommandSpec =
  | { readonly tag: 'advance'; readonly ms: number }
  | { readonly tag: 'run-until-idle'; readonly maxMs: number }
  | { readonly tag: 'arrival'; readonly key: number; readonly channelRef: number; readonly gap: number }
  | { readonly tag: 'reply'; readonly targetRef: number; readonly gap: number; readonly agent: boolean }
  | { readonly tag: 'change-channel'; readonly targetRef: number; readonly channelRef: number }
  | { readonly tag: 'access'; readonly userRef: number; readonly access: boolean }
  | { readonly tag: 'notifications'; readonly on: boolean }
  | { readonly tag: 'leave-page'; readonly userRef: number }
  | {
      readonly tag: 'cancel' | 'move-back' | 'history-later';
      readonly userRef: number;
      readonly channelRef: number;
    }
  | { readonly tag: 'worker-crash' | 'worker-restart' }
  /** Close, reopen or reassign a conversation (OPEN-9); `userRef` past the users means nobody. */
  | {
      readonly tag: 'lifecycle';
      readonly action: 'close' | 'reopen' | 'reassign';
      readonly targetRef: number;
      readonly userRef: number;
    }
  | {
      readonly tag: 'start-move';
      readonly userRef: number;
      readonly channelRef: number;
      /** 'auto' is the right entry point for the channel (ELIG-8). */
      readonly entryPoint: 'auto' | EntryPoint;
      readonly history:
        | { readonly kind: 'none' }
        | { readonly kind: 'all'; readonly open: StatusSpec; readonly closed: StatusSpec };
    };

const status: fc.Arbitrary<StatusSpec> = fc.oneof(
  fc.nat().map((ref) => ({ ref })),
  fc.constantFrom('missing' as const, 'bogus' as const),
);

/** The opening move; shrinks toward the first user, the first channel, the right entry point, history all. */
export function startMoveSpecArbitrary(): fc.Arbitrary<CommandSpec> {
  return fc.record({
    tag: fc.constant('start-move' as const),
    userRef: fc.nat(),
    channelRef: fc.nat(),
    entryPoint: fc.constantFrom<'auto' | EntryPoint>('auto', 'inbox-settings', 'chatflows-list'),
    history: fc.oneof(
      fc.record({ kind: fc.constant('all' as const), open: status, closed: status }),
      fc.constant({ kind: 'none' as const }),
    ),
  });
}

/** Any command; listed simplest first, since fast-check's `oneof` shrinks toward the first. */
export function commandSpecArbitrary(c: ScriptConstraints): fc.Arbitrary<CommandSpec> {
  // 0 ms is a valid request that changes nothing: it must be accepted (INV-8).
  const ms = fc.integer({ min: 0, max: Math.max(1, c.maxAdvanceMs) });
  const gap = fc.nat({ max: HOUR });
  return fc.oneof(
    { arbitrary: fc.record({ tag: fc.constant('advance' as const), ms }), weight: 4 },
    { arbitrary: fc.record({ tag: fc.constant('run-until-idle' as const), maxMs: ms }), weight: 1 },
    // A clock moved backwards is a request that makes no sense: it must be answered invalid (INV-8).
    ...(c.unknownIds
      ? [
          {
            arbitrary: fc
              .record({
                tag: fc.constantFrom('advance' as const, 'run-until-idle' as const),
                ms: fc.integer({ min: -DAY, max: -1 }),
              })
              .map((spec): CommandSpec =>
                spec.tag === 'advance'
                  ? { tag: 'advance', ms: spec.ms }
                  : { tag: 'run-until-idle', maxMs: spec.ms },
              ),
            weight: 1,
          },
        ]
      : []),
    {
      arbitrary: fc.record({
        tag: fc.constant('arrival' as const),
        key: fc.nat({ max: 30 }),
        channelRef: fc.nat(),
        gap,
      }),
      weight: 4,
    },
    {
      arbitrary: fc.record({
        tag: fc.constant('reply' as const),
        targetRef: fc.nat(),
        gap,
        agent: fc.boolean(),
      }),
      weight: 4,
    },
    {
      arbitrary: fc.record({
        tag: fc.constant('change-channel' as const),
        targetRef: fc.nat(),
        channelRef: fc.nat(),
      }),
      weight: 2,
    },
    {
      arbitrary: fc.record({ tag: fc.constant('access' as const), userRef: fc.nat(), access: fc.boolean() }),
      weight: 2,
    },
    { arbitrary: fc.record({ tag: fc.constant('notifications' as const), on: fc.boolean() }), weight: 2 },
    { arbitrary: fc.record({ tag: fc.constant('leave-page' as const), userRef: fc.nat() }), weight: 1 },
    {
      arbitrary: fc.record({
        tag: fc.constantFrom('cancel' as const, 'move-back' as const, 'history-later' as const),
        userRef: fc.nat(),
        channelRef: fc.nat(),
      }),
      weight: 2,
    },
    {
      arbitrary: fc.record({ tag: fc.constantFrom('worker-crash' as const, 'worker-restart' as const) }),
      weight: 2,
    },
    { arbitrary: lifecycleSpecArbitrary(), weight: 3 },
    { arbitrary: startMoveSpecArbitrary(), weight: 1 },
  );
}

/** An agent closes, reopens or reassigns a conversation; shrinks toward closing the first one. */
export function lifecycleSpecArbitrary(): fc.Arbitrary<CommandSpec> {
  return fc.record({
    tag: fc.constant('lifecycle' as const),
    action: fc.constantFrom('close' as const, 'reopen' as const, 'reassign' as const),
    targetRef: fc.nat(),
    userRef: fc.nat(),
  });
}
