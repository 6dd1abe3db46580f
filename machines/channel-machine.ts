import { assign, assertEvent, setup } from 'xstate';

/** Events a channel's lifecycle reacts to. */
export type ChannelEvent =
  { readonly type: 'START_MOVE'; readonly history: 'all' | 'none' } | { readonly type: 'MOVE_COMPLETED' };

/** What a channel actor remembers. */
export interface ChannelContext {
  readonly channelId: string;
  /** The history choice of the move that took the channel to help desk; null before one. */
  readonly movedWithHistory: 'all' | 'none' | null;
}

/**
 * A channel's lifecycle: inInbox → moving → inHelpDesk (final). A move is one-way (ELIG-7): there
 * is no transition out of `moving` but completion, and none out of `inHelpDesk` (MOVE-1, ELIG-7).
 */
export const channelMachine = setup({
  types: {
    context: {} as ChannelContext,
    events: {} as ChannelEvent,
    input: {} as { readonly channelId: string },
  },
  actions: {
    rememberHistoryChoice: assign(({ event }) => {
      assertEvent(event, 'START_MOVE');
      return { movedWithHistory: event.history };
    }),
  },
}).createMachine({
  id: 'channel',
  initial: 'inInbox',
  context: ({ input }) => ({ channelId: input.channelId, movedWithHistory: null }),
  states: {
    inInbox: { on: { START_MOVE: { target: 'moving', actions: 'rememberHistoryChoice' } } },
    moving: { on: { MOVE_COMPLETED: 'inHelpDesk' } },
    inHelpDesk: { type: 'final' },
  },
});
