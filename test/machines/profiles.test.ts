import { describe, expect, it } from 'vitest';
import { account, channel, CHANNELS, conversation, world } from '../support/fixtures.ts';
import { startMove } from '../support/commands.ts';
import { play, system } from './play-reference.ts';
import { expectRefused } from './refusal-helpers.ts';

describe('reference system: rule profiles', () => {
  it('2025-03-14: a calling channel can be moved (refused ELIG-4 under the seed profile)', () => {
    const w = world({ conversations: [conversation('call', 'call-1')] });
    expectRefused(system(w), startMove('call-1'), 'ELIG-4');
    const s = system(w, { profile: '2025-03-14' });
    play(s, startMove('call-1'), { type: 'run-until-idle' });
    expect(s.observe().channelLocations['call-1']).toBe('help-desk');
  });

  it('2024-09-26: the beta is no longer required (ELIG-2 under the seed profile)', () => {
    const w = world({ account: account({ helpDeskBeta: false }) });
    expectRefused(system(w), startMove(), 'ELIG-2');
    expect(system(w, { profile: '2024-09-26' }).execute(startMove())).toEqual({ status: 'accepted' });
  });

  it('2024-01-29: Pro only, and no chatflows', () => {
    const enterprise = world({ account: account({ tier: 'enterprise' }) });
    expectRefused(system(enterprise, { profile: '2024-01-29' }), startMove(), 'ELIG-1');
    expectRefused(system(world(), { profile: '2024-01-29' }), startMove('chat-1'), 'ELIG-4');
    expect(system(world(), { profile: '2024-01-29' }).execute(startMove('form-1'))).toEqual({
      status: 'accepted',
    });
  });

  it('2025-05-28: the fallback email address cannot be moved; before, it could', () => {
    const channels = CHANNELS.map((c) =>
      c.id === 'email-1' ? channel('email-1', 'email', { emailAddressKind: 'fallback' }) : c,
    );
    const w = world({ channels });
    expectRefused(system(w, { profile: '2025-05-28' }), startMove(), 'ELIG-4');
    expect(system(w, { profile: '2025-03-14' }).execute(startMove())).toEqual({ status: 'accepted' });
  });
});
