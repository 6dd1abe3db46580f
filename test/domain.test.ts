import { describe, expect, it } from 'vitest';
import {
  currentChannelId,
  DEFAULT_POLICIES,
  isRuleId,
  POLICY_VALUES,
  PROFILES,
  RULE_IDS,
} from '../domain/index.ts';

describe('domain', () => {
  it('lists every rule ID once', () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    expect(isRuleId('HIST-2a')).toBe(true);
    expect(isRuleId('HIST-99')).toBe(false);
  });

  it('defaults every policy to the first of its values, as RULES.md suggests', () => {
    for (const [id, values] of Object.entries(POLICY_VALUES)) {
      expect(DEFAULT_POLICIES[id as keyof typeof DEFAULT_POLICIES]).toBe(values[0]);
    }
  });

  it('keeps profile IDs consistent with their keys', () => {
    for (const [id, profile] of Object.entries(PROFILES)) expect(profile.id).toBe(id);
  });

  it('takes the most recent channel of a conversation as current (HIST-7)', () => {
    expect(currentChannelId({ channelHistory: ['chat', 'email'] })).toBe('email');
    expect(() => currentChannelId({ channelHistory: [] })).toThrow(/empty channelHistory/);
  });
});
