import type { Trace, Verdict } from '../../domain/index.ts';
import { moveTickets } from '../_move-tickets.ts';
import { traceIndex } from '../_trace-index.ts';
import { count, Findings, profiled } from '../_verdict.ts';

/**
 * HIST-2b: a ticket a move creates has the status chosen for open or for closed conversations,
 * after its conversation; with history "none" (arrivals only) the pipeline's first status.
 */
export const checkHist2b: (trace: Trace) => Verdict = profiled('HIST-2b', (trace) => {
  const ix = traceIndex(trace);
  const found = new Findings('HIST-2b');
  const first = trace.before.account.pipeline.statuses[0];
  let checked = 0;
  for (const { created, move, event, conversation, ticket } of moveTickets(ix)) {
    if (conversation === undefined) continue;
    checked += 1;
    const { history } = move;
    let expected: string | undefined = first;
    if (history.kind === 'all') {
      expected = conversation.status === 'open' ? history.openStatus : history.closedStatus;
    }
    const actual = ticket?.status ?? created.status;
    if (created.status !== expected || actual !== expected) {
      found.add(`status ${expected ?? '(none)'} (${conversation.status} conversation)`, `status ${actual}`, {
        conversations: [conversation.id],
        tickets: [created.ticketId],
        step: ix.stepOfEvent[event] ?? -1,
      });
    }
  }
  return found.verdict(
    checked,
    `checked the status of ${count(checked, 'created tickets')}`,
    'no move created a ticket',
  );
});
