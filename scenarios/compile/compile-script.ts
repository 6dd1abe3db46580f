import type { Command, HistoryChoice, World } from '../../domain/index.ts';
import { describeFound, quoteShort } from '../../domain/issue-words.ts';
import { channelMessageKind } from '../../domain/message-kinds.ts';
import { allHistory, pipelineHistory } from '../../domain/script-cursor.ts';
import { fromZodIssue, type Issue } from '../scenario-issue.ts';
import {
  BARE_STEPS,
  STEP_KEYS,
  STEP_SCHEMAS,
  type StepInput,
  type StepKey,
} from '../schema/script-schema.ts';
import { parseDuration, parseTime } from '../time-text.ts';
import { buildConversation, type BuildContext } from './build-conversation.ts';
import { ScriptState } from './script-state.ts';

/**
 * The command script of a scenario. Each entry is `- key: value` (or a bare key); references are
 * checked against the world and against what earlier steps made arrive. Returns the first issues.
 */
export function compileScript(
  raw: readonly unknown[],
  world: World,
  ctx: BuildContext,
): { script: Command[]; issues: Issue[] } {
  const state = new ScriptState(world);
  const script: Command[] = [];
  const issues: Issue[] = [];
  for (const [index, entry] of raw.entries()) {
    const step = parseStep(entry, index, issues);
    if (step === null) break;
    const command = compileStep(step, ['script', index, step.key], state, ctx, issues);
    if (command === null) break;
    script.push(command);
  }
  return { script, issues };
}

function parseStep(entry: unknown, index: number, issues: Issue[]): StepInput | null {
  const forms = `a command written "- <command>: <value>" (${STEP_KEYS.join(', ')}), or a bare ${BARE_STEPS.join(' / ')}`;
  let key: string;
  let value: unknown;
  if (typeof entry === 'string') [key, value] = [entry, null];
  else if (
    typeof entry === 'object' &&
    entry !== null &&
    !Array.isArray(entry) &&
    Object.keys(entry).length === 1
  ) {
    [key, value] = Object.entries(entry as Record<string, unknown>)[0] ?? ['', null];
  } else {
    issues.push({
      code: 'SCENARIO_SCHEMA',
      path: ['script', index],
      expected: forms,
      found: describeFound(entry),
    });
    return null;
  }
  if (!(STEP_KEYS as readonly string[]).includes(key)) {
    const atKey = typeof entry !== 'string';
    issues.push({
      code: 'SCENARIO_UNKNOWN_KEY',
      path: atKey ? ['script', index, key] : ['script', index],
      expected: forms,
      found: `the unknown command ${quoteShort(key)}`,
      atKey,
    });
    return null;
  }
  const stepKey = key as StepKey;
  const parsed = STEP_SCHEMAS[stepKey].safeParse(value, { reportInput: true });
  if (!parsed.success) {
    const prefix = typeof entry === 'string' ? ['script', index] : ['script', index, stepKey];
    issues.push(...parsed.error.issues.map((issue) => fromZodIssue(issue, prefix)));
    return null;
  }
  return { key: stepKey, value: parsed.data } as StepInput;
}

function compileStep(
  step: StepInput,
  at: (string | number)[],
  state: ScriptState,
  ctx: BuildContext,
  issues: Issue[],
): Command | null {
  const fail = (issue: Issue): null => {
    issues.push(issue);
    return null;
  };
  const check = (issue: Issue | null): boolean => {
    if (issue !== null) issues.push(issue);
    return issue === null;
  };
  switch (step.key) {
    case 'start-move': {
      const { channel, by, from, history } = step.value;
      if (!check(state.channelRef(channel, [...at, 'channel']))) return null;
      const actorId = by ?? state.defaultActor;
      if (!check(state.userRef(actorId, [...at, 'by']))) return null;
      state.lastStarter = actorId;
      return {
        type: 'start-move',
        actorId,
        channelId: channel,
        entryPoint: from ?? state.entryPointFor(channel),
        history: historyChoice(history, ctx),
      };
    }
    case 'conversation-arrives': {
      const input = step.value;
      if (state.knowsConversation(input.id))
        return fail({
          code: 'SCENARIO_DUPLICATE_ID',
          path: [...at, 'id'],
          expected: 'a new conversation ID (use redeliver: <ID> to deliver one again)',
          found: `${quoteShort(input.id)}, already in the scenario`,
        });
      const refs = state.conversationRefs(input, at);
      if (refs !== null) return fail(refs);
      const conversation = buildConversation(input, ctx, state.clock, 'inbox');
      state.addArrival(conversation);
      return { type: 'conversation-arrives', conversation };
    }
    case 'redeliver': {
      const earlier = state.arrival(step.value);
      if (earlier === undefined)
        return fail({
          code: 'SCENARIO_REFERENCE',
          path: at,
          expected: 'the ID of a conversation that arrived earlier in the script',
          found: quoteShort(step.value),
        });
      return { type: 'conversation-arrives', conversation: earlier };
    }
    case 'reply-arrives': {
      const v = step.value;
      if (!check(state.conversationRef(v.conversation, [...at, 'conversation']))) return null;
      if (v.channel !== undefined && !check(state.channelRef(v.channel, [...at, 'channel']))) return null;
      const channelId = v.channel ?? state.currentChannel(v.conversation);
      const n = state.nextReplyNumber(v.conversation);
      const when = v.at === undefined ? state.replyTime(v.conversation) : (parseTime(v.at, ctx.start) ?? 0);
      state.noteMessage(v.conversation, when);
      return {
        type: 'reply-arrives',
        conversationId: v.conversation,
        message: {
          id: v.id ?? `${v.conversation}-r${n}`,
          at: when,
          channelId,
          // A reply left untyped has its channel's own kind (a reply in a form is a submission).
          kind: v.kind ?? channelMessageKind(state.channelKind(channelId) ?? 'custom'),
          author: v.author ?? 'contact',
          body: v.body ?? `Reply ${n} to ${v.conversation}`,
        },
      };
    }
    case 'change-channel': {
      const v = step.value;
      if (!check(state.conversationRef(v.conversation, [...at, 'conversation']))) return null;
      if (!check(state.channelRef(v.to, [...at, 'to']))) return null;
      state.changeChannel(v.conversation, v.to);
      return { type: 'change-channel', conversationId: v.conversation, toChannelId: v.to };
    }
    case 'set-help-desk-access':
      if (!check(state.userRef(step.value.user, [...at, 'user']))) return null;
      return { type: 'set-help-desk-access', userId: step.value.user, access: step.value.access };
    case 'set-notifications':
      return { type: 'set-notifications', on: step.value };
    case 'advance': {
      const ms = parseDuration(step.value) ?? 0;
      state.advance(ms);
      return { type: 'advance', ms };
    }
    case 'at': {
      const target = parseTime(step.value, ctx.start) ?? 0;
      const moved = state.advanceTo(target, at);
      if ('code' in moved) return fail(moved);
      return { type: 'advance', ms: moved.ms };
    }
    case 'run-until-idle': {
      const max = step.value?.max;
      const maxMs = max === undefined ? undefined : (parseDuration(max) ?? 0);
      state.runUntilIdle(maxMs);
      return maxMs === undefined ? { type: 'run-until-idle' } : { type: 'run-until-idle', maxMs };
    }
    case 'leave-progress-page': {
      const v = step.value;
      const userId = v === null ? state.lastStarter : typeof v === 'string' ? v : v.user;
      if (!check(state.userRef(userId, at))) return null;
      return { type: 'leave-progress-page', userId };
    }
    case 'cancel-move':
    case 'move-back':
    case 'move-history-later': {
      const v = step.value;
      const channelId = typeof v === 'string' ? v : v.channel;
      const actorId = typeof v === 'string' ? state.defaultActor : (v.by ?? state.defaultActor);
      if (!check(state.channelRef(channelId, typeof v === 'string' ? at : [...at, 'channel']))) return null;
      if (!check(state.userRef(actorId, [...at, 'by']))) return null;
      return { type: step.key, actorId, channelId };
    }
    case 'worker-crash':
    case 'worker-restart':
      return { type: step.key };
    case 'close-conversation':
    case 'reopen-conversation':
      if (!check(state.conversationRef(step.value, at))) return null;
      return { type: step.key, conversationId: step.value };
    case 'reassign-conversation': {
      const v = step.value;
      if (!check(state.conversationRef(v.conversation, [...at, 'conversation']))) return null;
      if (v.to !== null && !check(state.userRef(v.to, [...at, 'to']))) return null;
      return { type: 'reassign-conversation', conversationId: v.conversation, ownerId: v.to };
    }
  }
}

/** `all` takes the pipeline's first status for open and its last for closed conversations. */
function historyChoice(history: HistoryInput, ctx: BuildContext): HistoryChoice {
  if (history === 'none') return { kind: 'none' };
  if (history === undefined || history === 'all') return pipelineHistory(ctx.account.pipeline.statuses);
  return allHistory(history.open, history.closed);
}

type HistoryInput = 'none' | 'all' | { readonly open?: string; readonly closed?: string } | undefined;
