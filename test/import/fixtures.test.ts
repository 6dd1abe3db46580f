import { describe, expect, it } from 'vitest';
import { importApiExport } from '../../import/import-export.ts';
import { ROOT } from '../cli/fake-io.ts';

// test/import/fixtures/documented: hand-written responses in the documented shapes (the
// Conversations API guide's examples, CRM owners, users, pipelines and tickets), with the cases an
// import must not lose: paging, a form thread answered by email, two tickets, archived and spam
// threads, a channel with no kind, actors that are not users, items that are not messages.
const FIXTURE = 'test/import/fixtures/documented';

describe('import of the documented response shapes', async () => {
  const { world, report } = await importApiExport(FIXTURE, {}, ROOT);
  const conversation = (threadId: string) => world.conversations.find((c) => c.id === `thread-${threadId}`);

  it('maps the threads it can, and counts every one it cannot', () => {
    expect(world.conversations.map((c) => c.id)).toEqual([
      'thread-176347007',
      'thread-176350633',
      'thread-200000001',
      'thread-200000002',
      'thread-200000006',
    ]);
    expect(report.counts).toEqual({
      threadsInExport: 9,
      conversations: 5,
      messages: 9,
      tickets: 5,
      users: 2,
      channels: 4,
    });
    const notMapped = Object.fromEntries(
      report.notMapped.map((e) => [`${e.what}: ${e.reason.split(' (')[0]}`, e.examples]),
    );
    expect(notMapped).toMatchObject({
      'threads: archived': ['200000004'],
      'threads: marked as spam': ['200000005'],
      'thread items: of type WELCOME_MESSAGE': ['0c9b86b11210479eb1ae193ec5add0b7'],
      'thread items: of type COMMENT': ['c0000001'],
      'messages: no channel': ['e0000003'],
      'messages: their thread is not in threads*.json': ['o0000001'],
      'owners: no userId': ['9003'],
      'channel accounts: the channel account is archived': ['500004'],
      'thread owners: agent not in owners*.json or users*.json: no owner': ['A-999'],
      'tickets: associated with no thread of the export': ['57774748'],
      'threads: in the help desk without a ticket in the export': ['200000007'],
      'threads: no messages in messages*.json': ['200000007'],
    });
    expect(report.notMapped.find((e) => e.what === 'threads' && e.reason.includes('SMS'))?.examples).toEqual([
      '200000003',
    ]);
    expect(
      report.notMapped.find((e) => e.what === 'thread owners' && e.reason.includes('not a user'))?.examples,
    ).toEqual(['L-12']);
    expect(
      report.notMapped.find((e) => e.what === 'tickets' && e.reason.includes('pipeline'))?.examples,
    ).toEqual(['57774747']);
  });

  it('takes the channel history from the messages: a form thread answered by email is an email thread (HIST-7, HIST-8)', () => {
    const form = conversation('200000001');
    expect(form?.channelHistory).toEqual(['ca-500001', 'ca-42423411']);
    expect(form?.messages.map((m) => [m.kind, m.author])).toEqual([
      ['form-submission', 'contact'],
      ['email', 'agent'],
      ['email', 'contact'],
    ]);
    expect(form).toMatchObject({
      subject: 'Contact us: broken invoice',
      contactName: 'Ann Perkins',
      contactEmail: 'ann@example.org',
    });
    expect(report.perChannelKind).toEqual({ 'chatflow (website-live-chat)': 2, 'email (team)': 3 });
  });

  it('maps status, owner, start date, tickets and the pipeline', () => {
    const chat = conversation('176347007');
    expect(chat).toMatchObject({
      status: 'closed',
      ownerId: 'user-2620022',
      startedAt: Date.parse('2019-11-18T18:47:59.865Z'),
    });
    expect(chat?.messages.map((m) => [m.kind, m.body])).toEqual([
      ['chat', 'hi yes hello'],
      ['chat', 'Hello! How can I help?'],
    ]);
    expect(world.account.pipeline.statuses).toEqual(['New', 'Waiting on contact', 'Waiting on us', 'Closed']);
    expect(world.tickets.map((t) => [t.id, t.conversationId, t.status, t.ownerId])).toEqual([
      ['ticket-57774743', 'thread-176347007', 'Closed', 'user-2620022'],
      ['ticket-57774744', 'thread-200000001', 'New', 'user-3892666'],
      ['ticket-57774745', 'thread-200000002', 'Waiting on contact', null],
      ['ticket-57774746', 'thread-200000002', 'New', 'user-2620022'],
      ['ticket-57774749', 'thread-200000006', 'Waiting on us', 'user-2620022'],
    ]);
    expect(world.tickets.map((t) => t.sla !== null)).toEqual([false, false, false, false, true]);
    expect(report.tickets).toEqual({
      conversationsWithTicket: 4,
      conversationsWithoutTicket: 1,
      conversationsWithSeveralTickets: 1,
    });
    expect(conversation('200000002')?.ownerId).toBeNull();
  });

  it("maps users' help desk access from their seats, and the help desk inbox's threads as moved", () => {
    expect(world.users.map((u) => [u.id, u.name, u.superAdmin, u.helpDeskAccess])).toEqual([
      ['user-2620022', 'Leslie Knope', true, true],
      ['user-3892666', 'Ron Swanson', false, false],
    ]);
    expect(report.ownersWithoutAccess).toEqual({ count: 1, examples: ['user-3892666'] });
    expect(conversation('200000006')?.location).toBe('help-desk');
    expect(world.channels.find((c) => c.id === 'ca-500003')?.location).toBe('help-desk');
    expect(world.clock).toBe(Date.parse('2024-04-06T09:00:00.000Z'));
  });

  it('uses the options for what the export does not say, and --kind / --custom-channel for channels', async () => {
    const given = await importApiExport(
      FIXTURE,
      { tier: 'starter', sla: null, kinds: { '148662': 'chatflow-bot' }, customChannels: ['7002'] },
      ROOT,
    );
    expect(given.world.account).toMatchObject({ tier: 'starter', sla: null });
    expect(given.world.channels.find((c) => c.id === 'ca-148662')?.surface).toBe('website-bot');
    expect(given.world.channels.find((c) => c.id === 'ca-500002')?.kind).toBe('custom');
    expect(given.world.conversations).toHaveLength(6);
    expect(given.report.assumed).toContain('tier: starter (given)');
    const lean = await importApiExport(FIXTURE, { bodies: false }, ROOT);
    const bodies = lean.world.conversations.flatMap((c) => c.messages.map((m) => m.body));
    expect(bodies).toHaveLength(9);
    expect(new Set(bodies)).toEqual(new Set(['']));
    expect(lean.report.assumed).toContain('message bodies: left empty (--no-bodies)');
  });
});
