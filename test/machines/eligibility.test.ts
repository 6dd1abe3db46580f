import { describe, expect, it } from 'vitest';
import {
  account,
  channel,
  CHANNELS,
  conversation,
  play,
  startAll,
  startNone,
  system,
  world,
} from './fixtures.ts';
import { expectRefused } from './refusal-helpers.ts';

describe('reference system: who and what can start a move', () => {
  it('ELIG-1: a Service Hub Starter account is refused', () => {
    expectRefused(system(world({ account: account({ tier: 'starter' }) })), startAll(), 'ELIG-1');
  });

  it('ELIG-1: an Enterprise account may start a move', () => {
    const s = system(world({ account: account({ tier: 'enterprise' }) }));
    expect(s.execute(startAll())).toEqual({ status: 'accepted' });
  });

  it('ELIG-2: an account outside the help desk beta is refused', () => {
    expectRefused(system(world({ account: account({ helpDeskBeta: false }) })), startAll(), 'ELIG-2');
  });

  it('ELIG-3: a user who is not a Super Admin is refused', () => {
    expectRefused(system(world()), startAll('email', 'agent'), 'ELIG-3');
  });

  it('ELIG-4: a custom channel cannot be moved', () => {
    const command = { ...startAll('custom'), entryPoint: 'inbox-settings' as const };
    expectRefused(system(world()), command, 'ELIG-4');
  });

  it('ELIG-4: a calling channel cannot be moved under the seed profile', () => {
    expectRefused(system(world()), startAll('calling'), 'ELIG-4');
  });

  it('ELIG-5: a chatflow on WhatsApp is refused, a website chatflow is accepted', () => {
    expectRefused(system(world()), startAll('whatsapp-flow'), 'ELIG-5');
    expect(system(world()).execute(startAll('chat'))).toEqual({ status: 'accepted' });
  });

  it('ELIG-6: a second move while one runs is refused', () => {
    const s = system(world({ conversations: [conversation('c1')] }));
    play(s, startAll('email'));
    expectRefused(s, startAll('form'), 'ELIG-6');
  });

  it('ELIG-6: once the first move completed, another channel can move', () => {
    const s = system(world());
    play(s, startAll('email'), { type: 'run-until-idle' });
    expect(s.execute(startAll('form'))).toEqual({ status: 'accepted' });
  });

  it('ELIG-7: a moving channel cannot be moved again', () => {
    const s = system(world({ conversations: [conversation('c1')] }));
    play(s, startAll('email'));
    expectRefused(s, startAll('email'), 'ELIG-7');
  });

  it('ELIG-7: a channel in help desk cannot be moved again nor moved back', () => {
    const s = system(world());
    play(s, startAll('email'), { type: 'run-until-idle' });
    expectRefused(s, startAll('email'), 'ELIG-7');
    expectRefused(s, { type: 'move-back', actorId: 'admin', channelId: 'email' }, 'ELIG-7');
  });

  it('ELIG-7: a channel given in help desk is refused from the start', () => {
    const channels = CHANNELS.map((c) =>
      c.id === 'email' ? channel('email', 'email', { location: 'help-desk' }) : c,
    );
    expectRefused(system(world({ channels })), startAll('email'), 'ELIG-7');
  });

  it('ELIG-8: an email channel started from the chatflows list is refused', () => {
    const command = { ...startAll('email'), entryPoint: 'chatflows-list' as const };
    expectRefused(system(world()), command, 'ELIG-8');
  });

  it('ELIG-8: a chatflow started from the inbox settings is refused; from the chatflows list accepted', () => {
    const command = { ...startAll('chat'), entryPoint: 'inbox-settings' as const };
    expectRefused(system(world()), command, 'ELIG-8');
    expect(system(world()).execute(startAll('chat'))).toEqual({ status: 'accepted' });
  });

  it('HIST-0: "all" without a closed status is refused', () => {
    const command = { ...startAll(), history: { kind: 'all' as const, openStatus: 'New' } };
    expectRefused(system(world()), command, 'HIST-0');
  });

  it('HIST-0: "all" with a status outside the pipeline is refused', () => {
    const command = {
      ...startAll(),
      history: { kind: 'all' as const, openStatus: 'Open', closedStatus: 'Closed' },
    };
    expectRefused(system(world()), command, 'HIST-0');
  });

  it('HIST-0: "none" needs no statuses', () => {
    expect(system(world()).execute(startNone())).toEqual({ status: 'accepted' });
  });

  it('HIST-6: the history cannot be moved later, while moving or after', () => {
    const s = system(world({ conversations: [conversation('c1')] }));
    play(s, startNone('email'));
    expectRefused(s, { type: 'move-history-later', actorId: 'admin', channelId: 'email' }, 'HIST-6');
    play(s, { type: 'run-until-idle' });
    expectRefused(s, { type: 'move-history-later', actorId: 'admin', channelId: 'email' }, 'HIST-6');
  });

  it('MOVE-1: a running move cannot be cancelled, and it still completes', () => {
    const s = system(world({ conversations: [conversation('c1')] }));
    play(s, startAll('email'));
    expectRefused(s, { type: 'cancel-move', actorId: 'admin', channelId: 'email' }, 'MOVE-1');
    play(s, { type: 'run-until-idle' });
    expect(s.observe().channelLocations['email']).toBe('help-desk');
  });

  it('a command naming unknown things is invalid and appends nothing', () => {
    const s = system(world());
    const results = [
      s.execute({ ...startAll('nope') }),
      s.execute({ ...startAll('email', 'nobody') }),
      s.execute({ type: 'cancel-move', actorId: 'admin', channelId: 'email' }),
      s.execute({
        type: 'reply-arrives',
        conversationId: 'nope',
        message: { id: 'm', at: 0, channelId: 'email', kind: 'email', author: 'contact', body: '' },
      }),
      s.execute({ type: 'advance', ms: -1 }),
    ];
    expect(results.map((r) => r.status)).toEqual(['invalid', 'invalid', 'invalid', 'invalid', 'invalid']);
    expect(s.events()).toHaveLength(0);
  });
});
