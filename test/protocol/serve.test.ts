// The server side (serve-system): every request gets one answer line with its id; a bad request or
// an op out of order is answered ok: false naming what is wrong, and the server goes on.
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICIES, DEFAULT_PROFILE } from '../../domain/index.ts';
import { createReferenceSystem } from '../../machines/index.ts';
import { protocolHandler } from '../../protocol/serve.ts';
import { PROBE_WORLD } from '../../harness/probe-system.ts';

const ask = async (handler: ReturnType<typeof protocolHandler>, request: unknown): Promise<unknown> =>
  JSON.parse(
    await handler.answer(typeof request === 'string' ? request : JSON.stringify(request)),
  ) as unknown;

describe('protocolHandler (serve-system --stdio)', () => {
  it('answers hello, init, execute (with the events it appended), observe, events-since and close', async () => {
    const handler = protocolHandler({ name: 'reference', factory: createReferenceSystem });
    expect(await ask(handler, { id: 1, op: 'hello' })).toEqual({
      id: 1,
      ok: true,
      result: { name: 'reference', capabilities: {}, protocol: 1 },
    });
    const options = { policies: DEFAULT_POLICIES, profile: DEFAULT_PROFILE };
    expect(await ask(handler, { id: 2, op: 'init', world: PROBE_WORLD, options })).toMatchObject({
      id: 2,
      ok: true,
    });
    const executed = await ask(handler, {
      id: 3,
      op: 'execute',
      command: { type: 'set-notifications', on: false },
    });
    expect(executed).toMatchObject({
      id: 3,
      ok: true,
      result: {
        result: { status: 'accepted' },
        events: [{ seq: 0, type: 'notifications-changed', on: false }],
      },
    });
    expect(await ask(handler, { id: 4, op: 'observe' })).toMatchObject({
      ok: true,
      result: { notificationsOn: false },
    });
    expect(await ask(handler, { id: 5, op: 'events-since', seq: 1 })).toEqual({
      id: 5,
      ok: true,
      result: [],
    });
    expect(await ask(handler, { id: 6, op: 'close' })).toEqual({ id: 6, ok: true, result: null });
    await handler.end();
  });

  it('answers bad requests with ok: false and what was expected, and keeps serving', async () => {
    const handler = protocolHandler({ name: 'reference', factory: createReferenceSystem });
    const answered = async (request: unknown): Promise<{ id: unknown; ok: unknown; error: string }> =>
      (await ask(handler, request)) as { id: unknown; ok: unknown; error: string };
    const notJson = await answered('not json');
    expect([notJson.id, notJson.ok]).toEqual([null, false]);
    expect(notJson.error).toContain('not JSON');
    const unknownOp = await answered({ id: 1, op: 'dance' });
    expect([unknownOp.id, unknownOp.ok]).toEqual([1, false]);
    expect(unknownOp.error).toContain('op: expected hello | init | execute');
    expect(await ask(handler, { id: 2, op: 'world' })).toEqual({
      id: 2,
      ok: false,
      error: 'world before init: no play is running',
    });
    const badSeq = await answered({ id: 3, op: 'events-since', seq: -1 });
    expect([badSeq.id, badSeq.ok]).toEqual([3, false]);
    expect(badSeq.error).toContain('events-since: seq: expected ≥ 0, found -1');
    expect(await ask(handler, { id: 4, op: 'hello' })).toMatchObject({ id: 4, ok: true });
  });
});
