import { setup } from 'xstate';

/** Events of a conversation's lifecycle. */
export type ConversationEvent =
  | { readonly type: 'CLOSE' }
  | { readonly type: 'REOPEN' }
  | { readonly type: 'MOVE_TO_HELP_DESK' }
  | { readonly type: 'TICKET_CREATED' }
  | { readonly type: 'TICKET_MOVED' };

/**
 * A conversation's lifecycle, three independent regions:
 * - `status`: open ⇄ closed;
 * - `location`: inbox → helpDesk (one-way, like its channel);
 * - `ticket`: none → associated. There is deliberately no TICKET_CREATED out of `associated`:
 *   a conversation never gets a second ticket (INV-3), even when a move is resumed.
 *
 * The reference system does not run an actor per conversation (too slow at 1M); it applies this
 * machine through a transition table read from this definition (`lifecycle-table.ts`), so the
 * machine stays the source of truth. Keep its transitions guard-free for that reason.
 */
export const conversationMachine = setup({
  types: { events: {} as ConversationEvent },
}).createMachine({
  id: 'conversation',
  type: 'parallel',
  states: {
    status: {
      initial: 'open',
      states: { open: { on: { CLOSE: 'closed' } }, closed: { on: { REOPEN: 'open' } } },
    },
    location: {
      initial: 'inbox',
      states: { inbox: { on: { MOVE_TO_HELP_DESK: 'helpDesk' } }, helpDesk: {} },
    },
    ticket: {
      initial: 'none',
      states: {
        none: { on: { TICKET_CREATED: 'associated', TICKET_MOVED: 'associated' } },
        associated: { on: { TICKET_MOVED: 'associated' } },
      },
    },
  },
});
