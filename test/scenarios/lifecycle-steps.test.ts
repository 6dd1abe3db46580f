import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../scenarios/index.ts';

const scenario = (steps: string) => `
id: s
title: s
targets: [OPEN-9]
users: [{ id: admin, superAdmin: true }, { id: bob }]
channels: [{ id: email-1, kind: email }]
conversations: [{ id: c1, channel: email-1 }]
script:
${steps}
`;

describe('scenario steps close-conversation, reopen-conversation, reassign-conversation', () => {
  it('compile to the lifecycle commands', () => {
    const { script } = parseScenario(
      scenario(`  - close-conversation: c1
  - reopen-conversation: c1
  - reassign-conversation: { conversation: c1, to: bob }
  - reassign-conversation: { conversation: c1, to: null }`),
      's.yaml',
    );
    expect(script).toEqual([
      { type: 'close-conversation', conversationId: 'c1' },
      { type: 'reopen-conversation', conversationId: 'c1' },
      { type: 'reassign-conversation', conversationId: 'c1', ownerId: 'bob' },
      { type: 'reassign-conversation', conversationId: 'c1', ownerId: null },
    ]);
  });

  it('name the field of an unknown conversation or user', () => {
    expect(() => parseScenario(scenario('  - close-conversation: c9'), 's.yaml')).toThrow(/script\.0.*c9|c9/);
    expect(() =>
      parseScenario(scenario('  - reassign-conversation: { conversation: c1, to: ghost }'), 's.yaml'),
    ).toThrow(/to/);
    expect(() =>
      parseScenario(scenario('  - reassign-conversation: { conversation: c1 }'), 's.yaml'),
    ).toThrow(/to/);
  });
});
