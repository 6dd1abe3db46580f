import type { Issue } from '../scenario-issue.ts';
import { SCENARIO_LIMITS } from '../schema/primitive-schemas.ts';
import type { ScenarioInput } from '../schema/scenario-schema.ts';
import { historyOf } from './build-conversation.ts';

type Path = (string | number)[];

/**
 * What is wrong with the file's own form, before it is compiled: what a schema cannot see and the
 * compiled world cannot show. Everything a world can get wrong (duplicate IDs, references to
 * users, channels and statuses that do not exist, SLA hours, INV-3) is the domain's
 * `validateWorld`'s, run on the compiled world (load.ts, compile/world-problems.ts). Returns every
 * issue found, in file order.
 */
export function validateScenarioInput(input: ScenarioInput): Issue[] {
  const issues: Issue[] = [];
  const impossible = (path: Path, expected: string, found: string): void => {
    issues.push({ code: 'SCENARIO_IMPOSSIBLE', path, expected, found });
  };
  // A scenario says which rules it is about; the world has no such field. A counterexample of a
  // system that failed (threw, answered malformed) names no rule.
  if (input.targets.length === 0 && input.found?.systemFailure === undefined) {
    issues.push({
      code: 'SCENARIO_SCHEMA',
      path: ['targets'],
      expected: 'a list of at least 1 entry',
      found: 'a list of 0',
    });
  }

  // The compiled world cannot show these: its channels get a surface only when a chatflow, and an
  // address kind only when email, whatever the file says.
  const channels = input.channels ?? [];
  const byId = new Map(channels.map((channel) => [channel.id, channel]));
  channels.forEach((channel, i) => {
    if (channel.surface !== undefined && channel.kind !== 'chatflow')
      impossible(
        ['channels', i, 'surface'],
        'a surface only on a chatflow',
        `a surface on a ${channel.kind} channel`,
      );
    if (channel.emailAddressKind !== undefined && channel.kind !== 'email')
      impossible(
        ['channels', i, 'emailAddressKind'],
        'an address kind only on an email channel',
        `a ${channel.kind} channel`,
      );
  });

  (input.conversations ?? []).forEach((conversation, i) => {
    const at: Path = ['conversations', i];
    // The shorthand's own grammar: the channel history is written one way, and compiling needs it.
    const given = [conversation.channel, conversation.channels].filter((v) => v !== undefined).length;
    if (given !== 1) {
      impossible(
        at,
        'exactly one of channel: <ID> or channels: [<ID>, ...]',
        given === 0 ? 'neither' : 'both',
      );
      return;
    }
    // `continuedOverEmail:` means "a form thread, then email" (HIST-8); the world only sees a history.
    if (conversation.continuedOverEmail !== undefined) {
      if (conversation.channel === undefined)
        impossible(
          [...at, 'continuedOverEmail'],
          'continuedOverEmail with channel: <a form channel>',
          'channels:',
        );
      else if (byId.has(conversation.channel) && byId.get(conversation.channel)?.kind !== 'form')
        impossible(
          [...at, 'channel'],
          'a form channel (the thread started as a form submission)',
          conversation.channel,
        );
      const email = byId.get(conversation.continuedOverEmail);
      if (email !== undefined && email.kind !== 'email')
        impossible([...at, 'continuedOverEmail'], 'an email channel', `${email.id}, a ${email.kind} channel`);
    }
    // Not a world invariant (a change-channel can take a help desk conversation into an inbox
    // channel, docs/SEMANTICS.md), but a starting inbox written that way says a channel in the inbox
    // holds help desk threads, which no step of the file explains.
    const history = historyOf(conversation);
    const current = byId.get(history[history.length - 1] ?? '');
    if (
      conversation.location === 'help-desk' &&
      current !== undefined &&
      (current.location ?? 'inbox') === 'inbox'
    )
      impossible(
        [...at, 'location'],
        'a conversation in help desk to belong to a channel in help desk',
        `its channel ${current.id} in the inbox`,
      );
  });

  // Checked before compiling, since compiling would build them all.
  let conversations = input.conversations?.length ?? 0;
  let messages = 0;
  for (const [i, bulk] of (input.bulk ?? []).entries()) {
    conversations += bulk.count;
    messages += bulk.count * (bulk.messages ?? 1);
    if (conversations > SCENARIO_LIMITS.conversations || messages > SCENARIO_LIMITS.messages) {
      const limits = `at most ${SCENARIO_LIMITS.conversations.toLocaleString('en-US')} conversations and ${SCENARIO_LIMITS.messages.toLocaleString('en-US')} messages in all`;
      impossible(['bulk', i, 'count'], limits, `${conversations} conversations, ${messages} messages so far`);
    }
  }
  return issues;
}
