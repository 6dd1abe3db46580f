import { formatDuration } from './move-counts.ts';
import type { PreviewResult } from './preview-plan.ts';
import { renderTable } from './text-table.ts';

const SHOWN_LEFT_BEHIND = 10;

export function historyText(preview: PreviewResult): string {
  const { history } = preview;
  if (history.kind === 'none') return 'no history (existing conversations stay in the inbox)';
  return `all conversations (open → "${history.openStatus ?? '?'}", closed → "${history.closedStatus ?? '?'}")`;
}

/** The preview as a person reads it: what would happen, then the ADV warnings with their numbers. */
export function renderPreview(preview: PreviewResult): string {
  const { channel, counts, start } = preview;
  const lines = [
    `Preview: move ${channel.kind} channel "${channel.name}" (${channel.id}) with ${historyText(preview)}`,
    `System ${preview.system}, profile ${preview.options.profile}.`,
    '',
  ];
  if (start.status !== 'accepted') {
    const rule = start.status === 'refused' ? `${start.ruleId}: ` : '';
    lines.push(`The move would be ${start.status}: ${rule}${start.reason}`, '');
  } else {
    const left = preview.leftBehind;
    const table = renderTable(
      ['would happen', 'count'],
      [
        ['conversations moved', String(counts.conversationsMoved)],
        ['tickets moved as they are', String(counts.ticketsMoved)],
        ['tickets created', String(counts.ticketsCreated)],
        ['tickets unassigned (owner without help desk access)', String(counts.ticketsUnassigned)],
        ['threads left behind (continued in another channel)', String(left.length)],
        ['notifications sent', String(counts.notifications)],
        ['duration (simulated)', formatDuration(counts.durationMs)],
      ],
    );
    lines.push(table, '');
    if (left.length > 0) {
      const shown = left
        .slice(0, SHOWN_LEFT_BEHIND)
        .map((thread) => `${thread.conversationId} → ${thread.continuedIn}`);
      const more = left.length > SHOWN_LEFT_BEHIND ? ` and ${left.length - SHOWN_LEFT_BEHIND} more` : '';
      lines.push(`Left behind: ${shown.join(', ')}${more}.`, '');
    }
  }
  lines.push(preview.advice.length === 0 ? 'No warnings before the move.' : 'Warnings before the move:');
  for (const advice of preview.advice) {
    const figures = Object.entries(advice.figures)
      .map(([name, value]) => `${name} ${Number.isInteger(value) ? value : value.toFixed(2)}`)
      .join(', ');
    lines.push(`  ${advice.ruleId}  ${advice.message}${figures === '' ? '' : ` (${figures})`}`);
  }
  return `${lines.join('\n')}\n`;
}
