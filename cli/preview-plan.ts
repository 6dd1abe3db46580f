import type {
  Advice,
  Channel,
  Command,
  CommandResult,
  HistoryChoice,
  SystemFactory,
  SystemOptions,
  World,
} from '../domain/index.ts';
import { currentChannelId } from '../domain/index.ts';
import { preflight } from '../rules/index.ts';
import { playScript } from '../harness/index.ts';
import { moveCounts, type MoveCounts } from './move-counts.ts';
import { previewDetails, type PreviewDetails } from './preview-details.ts';

/** A thread that stays in the inbox although it passed through the moving channel (HIST-7, HIST-8). */
export interface LeftBehind {
  readonly conversationId: string;
  readonly continuedIn: string;
}

/** What a planned move would do, played on the inbox (a value: the world is never changed). */
export interface PreviewResult {
  readonly system: string;
  readonly options: SystemOptions;
  readonly channel: { readonly id: string; readonly name: string; readonly kind: string };
  readonly history: HistoryChoice;
  readonly start: CommandResult;
  readonly counts: MoveCounts;
  readonly leftBehind: readonly LeftBehind[];
  readonly advice: readonly Advice[];
  /** Before/after counts, who needs help desk access, the move over time (the HTML page). */
  readonly details: PreviewDetails;
}

/** The default statuses: the pipeline's first for open conversations, "Closed" (or the last) for closed ones. */
export function defaultHistory(
  world: World,
  kind: 'all' | 'none',
  open?: string,
  closed?: string,
): HistoryChoice {
  if (kind === 'none') return { kind };
  const statuses = world.account.pipeline.statuses;
  const closedDefault = statuses.includes('Closed') ? 'Closed' : statuses[statuses.length - 1];
  return { kind, openStatus: open ?? statuses[0], closedStatus: closed ?? closedDefault };
}

/** Plays start-move then run-until-idle through `factory`, without judging rules. */
export async function previewMove(
  factory: SystemFactory,
  world: World,
  channel: Channel,
  history: HistoryChoice,
  options: SystemOptions,
): Promise<PreviewResult> {
  // The first Super Admin starts it; with none, the first user (and ELIG-3 refuses, which is the answer).
  const actor = world.users.find((user) => user.superAdmin) ?? world.users[0];
  const script: Command[] = [
    {
      type: 'start-move',
      actorId: actor?.id ?? 'nobody',
      channelId: channel.id,
      entryPoint: channel.kind === 'chatflow' ? 'chatflows-list' : 'inbox-settings',
      history,
    },
    { type: 'run-until-idle' },
  ];
  const trace = await playScript(factory, world, script, options);
  const leftBehind = world.conversations.flatMap((conversation) => {
    const current = currentChannelId(conversation);
    return conversation.channelHistory.includes(channel.id) && current !== channel.id
      ? [{ conversationId: conversation.id, continuedIn: current }]
      : [];
  });
  return {
    system: trace.system,
    options,
    channel: { id: channel.id, name: channel.name, kind: channel.kind },
    history,
    start: trace.steps[0]?.result ?? { status: 'invalid', reason: 'the system recorded no step' },
    counts: moveCounts(trace),
    leftBehind,
    advice: preflight(world, { channelId: channel.id, history }),
    details: previewDetails(trace),
  };
}
