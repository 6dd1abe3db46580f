/**
 * BUG: with "all conversations", the statuses chosen for open and closed conversations are applied
 * to EVERY ticket of the moved conversations — also to tickets that already existed and should move
 * as is. An existing "Waiting on us" ticket of an open conversation becomes "New".
 *
 * How it ships: the import job "normalises" ticket statuses in one pass after moving
 * (`UPDATE tickets SET status = CASE conv.status ... WHERE conv.channel = ?`), written to give newly
 * created tickets their status without a second round-trip; it forgets the
 * `AND ticket.created_by_move` condition. Fixture tickets happen to be in the chosen statuses.
 *
 * Breaks: HIST-1 (a conversation's existing ticket moves as is; its fields are not rewritten) and
 * INV-7 (an existing ticket's status may not change).
 *
 * Shows when: a move with history `all` processes a conversation that already has a ticket whose
 * status differs from the status chosen for the conversation's state (generated worlds: open
 * conversations' tickets have random non-final statuses, so most moves show it).
 */
import type { SystemFactory, Ticket } from '../../../domain/index.ts';
import { createReferenceSystem } from '../../../machines/index.ts';
import { nextUnit, Overlay, type Unit, wrapSystem } from '../lib/wrap.ts';

const NAME = 'blind:existing-ticket-status-normalized';

const factory: SystemFactory = (world, options) => {
  const inner = createReferenceSystem(world, options);
  const overlay = new Overlay();
  let mapping: { channelId: string; open: string; closed: string } | null = null;
  return wrapSystem(NAME, inner, {
    after(command, result, fresh) {
      if (command.type === 'start-move' && result.status === 'accepted' && command.history.kind === 'all') {
        const { openStatus, closedStatus } = command.history;
        if (openStatus !== undefined && closedStatus !== undefined) {
          mapping = { channelId: command.channelId, open: openStatus, closed: closedStatus };
        }
      }
      if (mapping === null || (command.type !== 'advance' && command.type !== 'run-until-idle')) return fresh;
      let unit: Unit | null = null;
      let status: Map<string, 'open' | 'closed'> | null = null;
      for (const event of fresh) {
        unit = nextUnit(unit, event);
        if (event.type === 'move-completed' && event.channelId === mapping?.channelId) mapping = null;
        if (mapping === null || event.type !== 'ticket-moved' || unit?.channelId !== mapping.channelId)
          continue;
        status ??= new Map(inner.world().conversations.map((c) => [c.id, c.status]));
        const state = status.get(event.conversationId);
        if (state === undefined) continue;
        const target = state === 'closed' ? mapping.closed : mapping.open;
        overlay.tickets.set(event.ticketId, (t: Ticket) =>
          t.status === target ? t : { ...t, status: target },
        );
      }
      return fresh;
    },
    world: (w) => overlay.apply(w),
  });
};

export default factory;
