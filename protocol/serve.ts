import type { Readable, Writable } from 'node:stream';
import type {
  MigrationSystem,
  SystemCapabilities,
  SystemFactory,
  SystemOptions,
  World,
} from '../domain/index.ts';
import { decodeLine, encodeLine, LineSplitter } from './codec.ts';
import { PROTOCOL_VERSION, REQUEST_SCHEMAS, type Op } from './messages.ts';
import { shapeProblem } from './schema-issue.ts';

/** What `serve-system` serves: a factory, and the name it gives in `hello` before any play. */
export interface Served {
  readonly name: string;
  readonly factory: SystemFactory;
}

const isOp = (op: unknown): op is Op => typeof op === 'string' && Object.hasOwn(REQUEST_SCHEMAS, op);

/** What a server does with one request line: the answer line, and the play's teardown at the end. */
export interface ProtocolHandler {
  answer(line: string): Promise<string>;
  end(): Promise<void>;
}

/**
 * The server side of the protocol (docs/PROTOCOL.md) for one connection: each request line gets
 * its answer line. A bad request, or a system that throws, is answered with `ok: false`, and the
 * connection goes on.
 */
export function protocolHandler(served: Served): ProtocolHandler {
  const capabilities: SystemCapabilities = served.factory.capabilities ?? {};
  // In an object: TypeScript would narrow a local `let` to null after the loop.
  const play: { system: MigrationSystem | null } = { system: null };

  const handle = async (op: Op, request: Record<string, unknown>): Promise<unknown> => {
    if (op === 'hello') return { name: served.name, capabilities, protocol: PROTOCOL_VERSION };
    if (op === 'init') {
      await play.system?.close?.();
      // The values as sent, not zod's copies: the system keeps the harness's key order.
      const options = request.options as SystemOptions;
      const system = await served.factory(request.world as World, {
        policies: options.policies,
        profile: options.profile,
      });
      play.system = system;
      return { name: system.name, capabilities: system.capabilities ?? capabilities };
    }
    const current = play.system;
    if (current === null) throw new Error(`${op} before init: no play is running`);
    switch (op) {
      case 'execute': {
        const from = (await current.events()).length;
        const result = await current.execute(request.command as never);
        const events = current.eventsSince
          ? await current.eventsSince(from)
          : (await current.events()).slice(from);
        return { result, events };
      }
      case 'world':
        return current.world();
      case 'observe':
        return current.observe();
      case 'events-since': {
        const seq = request.seq as number;
        return current.eventsSince ? current.eventsSince(seq) : (await current.events()).slice(seq);
      }
      case 'close':
        play.system = null;
        await current.close?.();
        return null;
    }
  };

  const answer = async (line: string): Promise<string> => {
    const decoded = decodeLine(line);
    if (!decoded.ok) return encodeLine({ id: null, ok: false, error: `the request is ${decoded.error}` });
    const request = decoded.value as Record<string, unknown>;
    const id = typeof request === 'object' && request !== null ? (request.id ?? null) : null;
    const op = typeof request === 'object' && request !== null ? request.op : undefined;
    if (!isOp(op)) {
      const expected = Object.keys(REQUEST_SCHEMAS).join(' | ');
      return encodeLine({
        id,
        ok: false,
        error: `op: expected ${expected}, found ${JSON.stringify(op) ?? 'nothing'}`,
      });
    }
    const checked = REQUEST_SCHEMAS[op].safeParse(request);
    if (!checked.success) {
      const problem = shapeProblem(checked.error, request, []);
      return encodeLine({
        id,
        ok: false,
        error: `${op}: ${problem.path}: expected ${problem.expected}, found ${problem.found}`,
      });
    }
    try {
      return encodeLine({ id, ok: true, result: await handle(op, request) });
    } catch (error) {
      return encodeLine({ id, ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  };

  return { answer, end: async () => void (await play.system?.close?.()) };
}

/** Serves a system over `input`/`output`, one answer per request, in order; resolves when `input` ends. */
export async function serveSystem(served: Served, input: Readable, output: Writable): Promise<void> {
  const handler = protocolHandler(served);
  const lines = new LineSplitter();
  input.setEncoding('utf8');
  // One request at a time, in order, even when the system answers asynchronously.
  for await (const chunk of input as AsyncIterable<string>) {
    for (const line of lines.push(chunk)) output.write(await handler.answer(line));
  }
  for (const line of lines.end()) output.write(await handler.answer(line));
  await handler.end();
}
