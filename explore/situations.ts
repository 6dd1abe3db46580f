import type { GeneratedScenario } from '../generators/index.ts';
import { arrivalMidMove, duplicateReply, redelivery } from './_situation-deliveries.ts';
import { lifecycle } from './_situation-lifecycle.ts';
import { crashRestart, formThread, secondRequest, twoMoves, unmovableChatflow } from './_situation-moves.ts';
import type { Situation, SituationDraw } from './_situation-parts.ts';

export type { Situation, SituationDraw } from './_situation-parts.ts';

/**
 * A situation a random script almost never reaches by itself, built around an acceptable opening
 * move: the opening aimed at a WhatsApp or Messenger chatflow (ELIG-5); while it runs, a second
 * move (ELIG-6) or a cancel, move-back, history-later or leave-page request by the mover (MOVE-1,
 * ELIG-7, HIST-6, MOVE-4); two completed moves of very different sizes (MOVE-5), then a
 * history-later request (HIST-6); a worker crash and a restart mid-move (INV-1, INV-3); a
 * conversation delivered twice (INV-1); a reply delivered twice (INV-2); conversations of the
 * moving channel closed, reopened and reassigned before their turn, and closed and reopened again
 * in help desk once it completed (OPEN-9, OPEN-4, INV-3); a form thread continued over email, with
 * the form or the email channel moved (HIST-8); a conversation arriving in the moving channel
 * shortly after the move started, with all history or none (MOVE-2, INV-7). The builders live by concept in
 * `_situation-moves.ts`, `_situation-deliveries.ts` and `_situation-lifecycle.ts`.
 */
export const SITUATIONS: readonly Situation[] = [
  'unmovable-chatflow',
  'second-request',
  'two-moves',
  'crash-restart',
  'redelivery',
  'duplicate-reply',
  'lifecycle',
  'form-thread',
  'arrival-mid-move',
];

/**
 * `scenario` (whose opening move is acceptable, `eligibleScenario`) reshaped into `draw`'s
 * situation; unchanged when it has no opening move to build on. A pure function of its inputs.
 */
export function withSituation(scenario: GeneratedScenario, draw: SituationDraw): GeneratedScenario {
  const [opening] = scenario.script;
  if (opening?.type !== 'start-move') return scenario;
  switch (draw.situation) {
    case 'unmovable-chatflow':
      return unmovableChatflow(scenario, opening, draw);
    case 'second-request':
      return secondRequest(scenario, opening, draw);
    case 'two-moves':
      return twoMoves(scenario, opening, draw);
    case 'crash-restart':
      return crashRestart(scenario, opening, draw);
    case 'redelivery':
      return redelivery(scenario, draw);
    case 'duplicate-reply':
      return duplicateReply(scenario, draw);
    case 'lifecycle':
      return lifecycle(scenario, opening, draw);
    case 'form-thread':
      return formThread(scenario, opening, draw);
    case 'arrival-mid-move':
      return arrivalMidMove(scenario, opening, draw);
  }
}
