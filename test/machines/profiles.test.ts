import { describe, expect, it } from 'vitest';
import { account, channel, CHANNELS, conversation, play, startAll, system, world } from './fixtures.ts';
import { expectRefused } from './refusal-helpers.ts';

describe('reference system: rule profiles', () => {
  it('2025-03-14: a calling channel can be moved (refused ELIG-4 under the seed profile)', () => {
    const w = world({ conversations: [conversation('call', { channels: ['calling'] })] });
    expectRefused(system(w), startAll('calling'), 'ELIG-4');
    const s = system(w, { profile: '2025-03-14' });
    play(s, startAll('calling'), { type: 'run-until-idle' });
    expect(s.observe().channelLocations['calling']).toBe('help-desk');
  });

  it('2024-09-26: the beta is no longer required (ELIG-2 under the seed profile)', () => {
    const w = world({ account: account({ helpDeskBeta: false }) });
    expectRefused(system(w), startAll(), 'ELIG-2');
    expect(system(w, { profile: '2024-09-26' }).execute(startAll())).toEqual({ status: 'accepted' });
  });

  it('2024-01-29: Pro only, and no chatflows', () => {
    const enterprise = world({ account: account({ tier: 'enterprise' }) });
    expectRefused(system(enterprise, { profile: '2024-01-29' }), startAll(), 'ELIG-1');
    expectRefused(system(world(), { profile: '2024-01-29' }), startAll('chat'), 'ELIG-4');
    expect(system(world(), { profile: '2024-01-29' }).execute(startAll('form'))).toEqual({
      status: 'accepted',
    });
  });

  it('2025-05-28: the fallback email address cannot be moved; before, it could', () => {
    const channels = CHANNELS.map((c) =>
      c.id === 'email' ? channel('email', 'email', { emailAddressKind: 'fallback' }) : c,
    );
    const w = world({ channels });
    expectRefused(system(w, { profile: '2025-05-28' }), startAll(), 'ELIG-4');
    expect(system(w, { profile: '2025-03-14' }).execute(startAll())).toEqual({ status: 'accepted' });
  });
});
