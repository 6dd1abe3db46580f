import { describe, expect, it } from 'vitest';
import { account, channel, CHANNELS, conversation, message, world } from '../support/fixtures.ts';
import { replyArrives, startMove, startNone } from '../support/commands.ts';
import { play, system } from './play-reference.ts';
import { expectRefused } from './refusal-helpers.ts';

describe('reference system: who and what can start a move', () => {
  it('ELIG-1: a Service Hub Starter account is refused', () => {
    expectRefused(system(world({ account: account({ tier: 'starter' }) })), startMove(), 'ELIG-1');
  });

  it('ELIG-1: an Enterprise account may start a move', () => {
    const s = system(world({ account: account({ tier: 'enterprise' }) }));
    expect(s.execute(startMove())).toEqual({ status: 'accepted' });
  });

  it('ELIG-2: an account outside the help desk beta is refused', () => {
    expectRefused(system(world({ account: account({ helpDeskBeta: false }) })), startMove(), 'ELIG-2');
  });

  it('ELIG-3: a user who is not a Super Admin is refused', () => {
    expectRefused(system(world()), startMove('email-1', { actorId: 'agent' }), 'ELIG-3');
  });

  it('ELIG-4: a custom channel cannot be moved', () => {
    const w = world({ channels: [...CHANNELS, channel('custom-1', 'custom')] });
    expectRefused(system(w), startMove('custom-1'), 'ELIG-4');
  });

  it('ELIG-4: a calling channel cannot be moved under the seed profile', () => {
    expectRefused(system(world()), startMove('call-1'), 'ELIG-4');
  });

  it('ELIG-5: a chatflow on WhatsApp is refused, a website chatflow is accepted', () => {
    expectRefused(system(world()), startMove('wa-chat'), 'ELIG-5');
    expect(system(world()).execute(startMove('chat-1'))).toEqual({ status: 'accepted' });
  });

  it('ELIG-6: a second move while one runs is refused', () => {
    const s = system(world({ conversations: [conversation('c1', 'email-1')] }));
    play(s, startMove('email-1'));
    expectRefused(s, startMove('form-1'), 'ELIG-6');
  });

  it('ELIG-6: once the first move completed, another channel can move', () => {
    const s = system(world());
    play(s, startMove('email-1'), { type: 'run-until-idle' });
    expect(s.execute(startMove('form-1'))).toEqual({ status: 'accepted' });
  });

  it('ELIG-7: a moving channel cannot be moved again', () => {
    const s = system(world({ conversations: [conversation('c1', 'email-1')] }));
    play(s, startMove('email-1'));
    expectRefused(s, startMove('email-1'), 'ELIG-7');
  });

  it('ELIG-7: a channel in help desk cannot be moved again nor moved back', () => {
    const s = system(world());
    play(s, startMove('email-1'), { type: 'run-until-idle' });
    expectRefused(s, startMove('email-1'), 'ELIG-7');
    expectRefused(s, { type: 'move-back', actorId: 'admin', channelId: 'email-1' }, 'ELIG-7');
  });

  it('ELIG-7: a channel given in help desk is refused from the start', () => {
    const channels = CHANNELS.map((c) =>
      c.id === 'email-1' ? channel('email-1', 'email', { location: 'help-desk' }) : c,
    );
    expectRefused(system(world({ channels })), startMove('email-1'), 'ELIG-7');
  });

  it('ELIG-8: an email channel started from the chatflows list is refused', () => {
    const command = { ...startMove('email-1'), entryPoint: 'chatflows-list' as const };
    expectRefused(system(world()), command, 'ELIG-8');
  });

  it('ELIG-8: a chatflow started from the inbox settings is refused; from the chatflows list accepted', () => {
    const command = { ...startMove('chat-1'), entryPoint: 'inbox-settings' as const };
    expectRefused(system(world()), command, 'ELIG-8');
    expect(system(world()).execute(startMove('chat-1'))).toEqual({ status: 'accepted' });
  });

  it('HIST-0: "all" without a closed status is refused', () => {
    const command = { ...startMove(), history: { kind: 'all' as const, openStatus: 'New' } };
    expectRefused(system(world()), command, 'HIST-0');
  });

  it('HIST-0: "all" with a status outside the pipeline is refused', () => {
    const command = {
      ...startMove(),
      history: { kind: 'all' as const, openStatus: 'Open', closedStatus: 'Closed' },
    };
    expectRefused(system(world()), command, 'HIST-0');
  });

  it('HIST-0: "none" needs no statuses', () => {
    expect(system(world()).execute(startNone())).toEqual({ status: 'accepted' });
  });

  it('HIST-6: the history cannot be moved later, while moving or after', () => {
    const s = system(world({ conversations: [conversation('c1', 'email-1')] }));
    play(s, startNone('email-1'));
    expectRefused(s, { type: 'move-history-later', actorId: 'admin', channelId: 'email-1' }, 'HIST-6');
    play(s, { type: 'run-until-idle' });
    expectRefused(s, { type: 'move-history-later', actorId: 'admin', channelId: 'email-1' }, 'HIST-6');
  });

  it('MOVE-1: a running move cannot be cancelled, and it still completes', () => {
    const s = system(world({ conversations: [conversation('c1', 'email-1')] }));
    play(s, startMove('email-1'));
    expectRefused(s, { type: 'cancel-move', actorId: 'admin', channelId: 'email-1' }, 'MOVE-1');
    play(s, { type: 'run-until-idle' });
    expect(s.observe().channelLocations['email-1']).toBe('help-desk');
  });

  it('a command naming unknown things is invalid and appends nothing', () => {
    const s = system(world());
    const results = [
      s.execute({ ...startMove('nope') }),
      s.execute({ ...startMove('email-1', { actorId: 'nobody' }) }),
      s.execute({ type: 'cancel-move', actorId: 'admin', channelId: 'email-1' }),
      s.execute(replyArrives('nope', message('m', 'email-1', 0))),
      s.execute({ type: 'advance', ms: -1 }),
    ];
    expect(results.map((r) => r.status)).toEqual(['invalid', 'invalid', 'invalid', 'invalid', 'invalid']);
    expect(s.events()).toHaveLength(0);
  });
});
