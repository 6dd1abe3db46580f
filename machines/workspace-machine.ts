import { and, assign, assertEvent, setup, stateIn } from 'xstate';
import type { Policies } from '../domain/index.ts';

/** What the workspace actor remembers. */
export interface WorkspaceContext {
  /** OPEN-6: what turning notifications on during a move does. */
  readonly notificationsPolicy: Policies['OPEN-6'];
  readonly movingChannelId: string | null;
}

/** Sent by the reference system when a move starts or completes and when notifications change. */
export type WorkspaceEvent =
  | { readonly type: 'MOVE_STARTED'; readonly channelId: string }
  | { readonly type: 'MOVE_COMPLETED' }
  | { readonly type: 'NOTIFICATIONS_ON' }
  | { readonly type: 'NOTIFICATIONS_OFF' };

/**
 * The help desk workspace of the account, three regions:
 * - `moves`: idle ⇄ moving — one move at a time (ELIG-6);
 * - `banner`: hidden ⇄ shown while a move runs (MOVE-3);
 * - `notifications`: on / off / held. `held` is "turned on during a move under OPEN-6
 *   off-until-complete": nothing is sent until the move completes (MOVE-7).
 */
export const workspaceMachine = setup({
  types: {
    context: {} as WorkspaceContext,
    events: {} as WorkspaceEvent,
    input: {} as { readonly notificationsPolicy: Policies['OPEN-6'] },
  },
  guards: {
    offUntilCompletePolicy: ({ context }) => context.notificationsPolicy === 'off-until-complete',
  },
  actions: {
    rememberMovingChannel: assign(({ event }) => {
      assertEvent(event, 'MOVE_STARTED');
      return { movingChannelId: event.channelId };
    }),
    forgetMovingChannel: assign({ movingChannelId: null }),
  },
}).createMachine({
  id: 'workspace',
  type: 'parallel',
  context: ({ input }) => ({ notificationsPolicy: input.notificationsPolicy, movingChannelId: null }),
  states: {
    moves: {
      initial: 'idle',
      states: {
        idle: { on: { MOVE_STARTED: { target: 'moving', actions: 'rememberMovingChannel' } } },
        moving: { on: { MOVE_COMPLETED: { target: 'idle', actions: 'forgetMovingChannel' } } },
      },
    },
    banner: {
      initial: 'hidden',
      states: { hidden: { on: { MOVE_STARTED: 'shown' } }, shown: { on: { MOVE_COMPLETED: 'hidden' } } },
    },
    notifications: {
      initial: 'on',
      states: {
        on: { on: { NOTIFICATIONS_OFF: 'off' } },
        off: {
          on: {
            NOTIFICATIONS_ON: [
              { guard: and(['offUntilCompletePolicy', stateIn({ moves: 'moving' })]), target: 'held' },
              { target: 'on' },
            ],
          },
        },
        held: { on: { NOTIFICATIONS_OFF: 'off', MOVE_COMPLETED: 'on' } },
      },
    },
  },
});
