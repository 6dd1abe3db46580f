import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import type { Message, MessageKind } from '../../domain/index.ts';
import { ConversationSchema } from '../../domain/world-schemas.ts';
import { MessageColumns } from '../../domain/message-columns.ts';
import { identical, sameJson } from '../../rules/canonical.ts';

const IDS = { prefix: 'msg-', separator: '-', first: 0 } as const;
const KINDS: readonly MessageKind[] = ['email', 'form-submission', 'chat', 'call', 'message'];

const messageFields = fc.record({
  at: fc.oneof(fc.integer({ min: 0, max: 2 ** 42 }), fc.double({ noNaN: true })),
  channelId: fc.constantFrom('email-1', 'form-2', 'chat-3', ''),
  kind: fc.constantFrom(...KINDS),
  author: fc.constantFrom<Message['author']>('contact', 'agent'),
  body: fc.string({ maxLength: 8 }),
});

/** Lists of messages written to one MessageColumns, and the plain arrays they must equal. */
function fill(lists: readonly (readonly Omit<Message, 'id'>[])[], expected: number) {
  const columns = new MessageColumns(IDS, expected);
  const views: (readonly Message[])[] = [];
  const plain: Message[][] = [];
  lists.forEach((list, ordinal) => {
    const start = columns.size;
    for (const m of list) columns.add(m.at, m.channelId, m.kind, m.author, m.body);
    views.push(columns.list(start, list.length, ordinal));
    plain.push(list.map((m, j) => ({ id: `msg-${ordinal}-${j}`, ...m })));
  });
  return { views, plain };
}

describe('MessageColumns (messages in typed arrays, each list a read-only array)', () => {
  it('reads back every list as the plain array of the same messages, through every growth', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(messageFields, { maxLength: 9 }), { maxLength: 40 }),
        fc.nat(200),
        (lists, expected) => {
          const { views, plain } = fill(lists, expected);
          views.forEach((view, n) => {
            const want = plain[n] as Message[];
            expect(Array.isArray(view)).toBe(true);
            expect(view.length).toBe(want.length);
            expect(JSON.stringify(view)).toBe(JSON.stringify(want));
            expect([...view]).toEqual(want);
            expect(view).toEqual(want);
            want.forEach((m, j) => expect(view[j]).toEqual(m));
            expect(view[want.length]).toBeUndefined();
            expect(view.at(-1)).toEqual(want.at(-1));
            expect(view.map((m) => m.id)).toEqual(want.map((m) => m.id));
            expect(Object.keys(view)).toEqual(Object.keys(want));
            expect(identical(view, want)).toBe(true);
            expect(sameJson(view, want)).toBe(true);
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('keeps key order and value types of a hand-built message, `at` a number, not a string', () => {
    const { views } = fill(
      [[{ at: 1714461540954, channelId: 'e', kind: 'email', author: 'agent', body: 'hi' }]],
      1,
    );
    const first = (views[0] as readonly Message[])[0] as Message;
    expect(Object.keys(first)).toEqual(['id', 'at', 'channelId', 'kind', 'author', 'body']);
    expect(first).toEqual({
      id: 'msg-0-0',
      at: 1714461540954,
      channelId: 'e',
      kind: 'email',
      author: 'agent',
      body: 'hi',
    });
  });

  it('is no index where an array has none: "01", "1e0", "-0", "1.0", out of range', () => {
    const { views } = fill(
      [
        [
          { at: 1, channelId: 'e', kind: 'chat', author: 'contact', body: '' },
          { at: 2, channelId: 'e', kind: 'chat', author: 'agent', body: '' },
        ],
      ],
      2,
    );
    const view = views[0] as readonly Message[] as unknown as Record<string, unknown>;
    for (const key of ['01', '1e0', '-0', '1.0', '2', '10', ' 1', '']) {
      expect([key, view[key]]).toEqual([key, undefined]);
      expect([key, key in view]).toEqual([key, false]);
    }
    expect(['0' in view, '1' in view, 'length' in view, 'map' in view]).toEqual([true, true, true, true]);
    expect(Object.getOwnPropertyDescriptor(view, 'length')).toMatchObject({ value: 2, enumerable: false });
  });

  it('refuses every write, as a frozen array does, and leaves the shared target empty', () => {
    const { views } = fill([[{ at: 1, channelId: 'e', kind: 'chat', author: 'contact', body: 'x' }], []], 1);
    const [view, empty] = views as [Message[], Message[]];
    expect(() => view.push({ ...(view[0] as Message) })).toThrow(TypeError);
    expect(() => {
      view[0] = { ...(view[0] as Message), body: 'changed' };
    }).toThrow(TypeError);
    expect(() => {
      view.length = 0;
    }).toThrow(TypeError);
    expect(Reflect.deleteProperty(view, '0')).toBe(false);
    expect(() => Object.freeze(view)).toThrow(TypeError);
    expect(() => {
      Object.setPrototypeOf(view, null);
    }).toThrow(TypeError);
    expect((view[0] as Message).body).toBe('x');
    expect([empty.length, JSON.stringify(empty), view.length]).toEqual([0, '[]', 1]);
  });

  it('is written to YAML and read from it as the array, and passes the world schema', () => {
    const { views, plain } = fill(
      [[{ at: 1714461540954, channelId: 'email-1', kind: 'email', author: 'contact', body: 'a: b' }]],
      1,
    );
    expect(parseYaml(stringifyYaml({ messages: views[0] }))).toEqual({ messages: plain[0] });
    const conversation = {
      id: 'conv-0',
      subject: 's',
      contactName: 'n',
      contactEmail: 'n@example.com',
      channelHistory: ['email-1'],
      startedAt: 1714461540954,
      status: 'open',
      ownerId: null,
      messages: views[0],
      location: 'inbox',
    };
    expect(ConversationSchema.safeParse(conversation).success).toBe(true);
  });

  it('spells IDs after its scheme: a name of any text, numbered from any first number', () => {
    const columns = new MessageColumns({ prefix: '', separator: '-m', first: 1 }, 1);
    columns.add(1, 'e', 'email', 'contact', '');
    columns.add(2, 'e', 'email', 'agent', '');
    expect(columns.list(0, 2, 'email-bulk-7').map((m) => m.id)).toEqual([
      'email-bulk-7-m1',
      'email-bulk-7-m2',
    ]);
    expect(columns.list(1, 1, 3).map((m) => [m.id, m.at])).toEqual([['3-m1', 2]]);
  });

  it('says which range is outside what was added, which kind is unknown, and when channels overflow', () => {
    const columns = new MessageColumns(IDS, 4);
    columns.add(1, 'e', 'email', 'contact', '');
    expect(() => columns.list(0, 2, 0)).toThrow('messages 0..2 outside the 1 added');
    expect(() => columns.list(-1, 1, 0)).toThrow(RangeError);
    expect(() => columns.add(1, 'e', 'fax' as MessageKind, 'contact', '')).toThrow(
      'message kind "fax" is none of',
    );
    for (let c = 1; c < 65_536; c++) columns.add(c, `ch-${c}`, 'email', 'contact', '');
    expect(columns.list(65_535, 1, 0)[0]?.channelId).toBe('ch-65535');
    expect(() => columns.add(1, 'one-too-many', 'email', 'contact', '')).toThrow('more than 65,536 channels');
  });
});
