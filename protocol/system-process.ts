import { spawn, type ChildProcess } from 'node:child_process';
import { InputError } from '../domain/index.ts';
import { decodeLine, encodeLine, excerpt, LineSplitter } from './codec.ts';
import { CLIENT_CHECKS, type Op, type ResultOf } from './messages.ts';
import { shapeProblem } from './schema-issue.ts';
import { SystemCrash } from '../harness/system-failure.ts';
import { StderrTail } from './stderr-tail.ts';

interface Pending {
  readonly id: number;
  readonly op: Op;
  readonly resolve: (result: unknown) => void;
  readonly reject: (error: SystemCrash) => void;
  readonly timer: NodeJS.Timeout;
}

/** How long a fresh process may take to answer its first request (it is starting up meanwhile). */
export const STARTUP_TIMEOUT_MS = 30_000;

/** Every live child, killed when the harness exits however it exits (no orphan keeps running). */
const LIVE = new Set<SystemProcess>();
process.on('exit', () => {
  for (const child of LIVE) child.kill();
});

/**
 * One child process speaking the protocol on its stdin/stdout: requests may be pipelined (sent
 * before the previous answer came), answers come in order, each checked (JSON, id, schema of its op) before it is believed, each awaited at most `timeoutMs`.
 * Once it fails (died, killed after a timeout) it stays failed: the owner starts a new one.
 * Every failure is a SystemCrash naming the op: the runner reports it against the system.
 */
export class SystemProcess {
  private readonly child: ChildProcess;
  private readonly stderr = new StderrTail();
  private readonly lines = new LineSplitter();
  /** Requests sent and not yet answered, oldest first: answers come in this order. */
  private readonly queue: Pending[] = [];
  private nextId = 1;
  /** Why this process can no longer answer; null while it can. */
  private broken: string | null = null;
  /** A line the process wrote when nobody had asked anything: the next request fails with it. */
  private stray: string | null = null;
  private readonly closed: Promise<void>;
  /** Whether any answer came yet: until then the process may still be starting up. */
  private answered = false;

  /** The system's name in failures: its command until `hello` says its name. */
  name: string;

  constructor(
    readonly commandLine: string,
    cwd: string,
    private readonly timeoutMs: number,
  ) {
    this.name = `exec:${commandLine}`;
    // Its own process group (detached), so that killing it also kills what the shell started.
    this.child = spawn(commandLine, { shell: true, cwd, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    LIVE.add(this);
    this.child.unref();
    for (const stream of [this.child.stdin, this.child.stdout, this.child.stderr]) {
      (stream as unknown as { unref?: () => void } | null)?.unref?.();
    }
    this.child.stdout?.setEncoding('utf8');
    this.child.stderr?.setEncoding('utf8');
    this.child.stdout?.on('data', (chunk: string) => {
      for (const line of this.lines.push(chunk)) this.answer(line);
    });
    this.child.stderr?.on('data', (chunk: string) => this.stderr.push(chunk));
    this.child.stdin?.on('error', () => undefined); // EPIPE when it died: reported by 'close'.
    this.closed = new Promise((resolve) => {
      this.child.on('error', (error) => {
        this.fail(`could not start \`${commandLine}\`: ${error.message}`);
        resolve();
      });
      this.child.on('close', (code, signal) => {
        for (const line of this.lines.end()) this.answer(line);
        LIVE.delete(this);
        const how = signal === null ? `with code ${String(code)}` : `on signal ${signal}`;
        this.fail(`the system process exited ${how}`);
        resolve();
      });
    });
  }

  get alive(): boolean {
    return this.broken === null;
  }

  /** Whether a request is waiting for its answer. */
  get busy(): boolean {
    return this.queue.length > 0;
  }

  private crash(message: string): SystemCrash {
    return new SystemCrash(this.name, message);
  }

  /** Sends one request and resolves with its checked `result`; rejects with a SystemCrash. */
  request<O extends Op>(op: O, params: Readonly<Record<string, unknown>> = {}): Promise<ResultOf<O>> {
    // The first answers of a fresh process also wait for it to start (an interpreter, a JIT).
    const timeoutMs = this.answered ? this.timeoutMs : Math.max(this.timeoutMs, STARTUP_TIMEOUT_MS);
    if (this.broken !== null) return Promise.reject(this.crash(`${op}: ${this.broken}${this.stderr.text()}`));
    if (this.stray !== null) {
      // A line nobody asked for: what comes next on stdout cannot be matched to a request.
      const why = `the system wrote a line nobody asked for: ${excerpt(this.stray)}`;
      this.fail(why);
      this.kill();
      return Promise.reject(this.crash(`${op}: ${why}`));
    }
    const id = this.nextId;
    let line: string;
    try {
      line = encodeLine({ id, op, ...params });
    } catch (error) {
      // Nothing was sent: the process is as it was, and the input, not the system, is at fault.
      return Promise.reject(error instanceof RangeError ? tooLong(op, params) : asError(error));
    }
    this.nextId += 1;
    return new Promise<ResultOf<O>>((resolve, reject) => {
      const timer = setTimeout(() => this.timeOut(timeoutMs), timeoutMs);
      this.queue.push({ id, op, resolve: resolve as (result: unknown) => void, reject, timer });
      this.child.stdin?.write(line);
    });
  }

  /** Ends stdin (the system should exit 0), waits up to `graceMs`, then kills what is left. */
  async stop(graceMs: number): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.stdin?.end();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), graceMs);
    });
    if ((await Promise.race([this.closed, late])) === 'late') {
      this.kill();
      await this.closed;
    }
    clearTimeout(timer);
  }

  /** Kills the process group at once (SIGKILL): used on a timeout, a broken answer, at exit. */
  kill(): void {
    this.broken ??= 'the system process was stopped';
    const pid = this.child.pid;
    if (pid === undefined || this.child.exitCode !== null || this.child.signalCode !== null) return;
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      this.child.kill('SIGKILL');
    }
  }

  private timeOut(ms: number): void {
    const head = this.queue[0];
    if (head === undefined) return;
    this.fail(`no answer to ${head.op} within ${ms} ms (the system process was killed)`);
    this.kill();
  }

  /** Marks the process broken and fails every waiting request with `reason` and stderr's tail. */
  private fail(reason: string): void {
    this.broken ??= reason;
    const tail = this.stderr.text();
    for (const pending of this.queue.splice(0)) {
      clearTimeout(pending.timer);
      pending.reject(this.crash(`${pending.op}: ${reason}${tail}`));
    }
  }

  /** The oldest request, answered: taken off the queue. */
  private settle(pending: Pending): void {
    this.answered = true;
    this.queue.shift();
    clearTimeout(pending.timer);
  }

  /** A misbehaving answer: fail the request and kill the process (its next answers cannot be trusted). */
  private refuse(reason: string): void {
    this.fail(reason);
    this.kill();
  }

  private answer(line: string): void {
    const pending = this.queue[0];
    if (pending === undefined) {
      this.stray ??= line;
      return;
    }
    const decoded = decodeLine(line);
    if (!decoded.ok) return this.refuse(`the answer is ${decoded.error}`);
    const message = decoded.value;
    if (typeof message !== 'object' || message === null || Array.isArray(message)) {
      return this.refuse(`the answer: expected an object {"id", "ok", ...}, found ${excerpt(line)}`);
    }
    const { id, ok, result, error } = message as Record<string, unknown>;
    if (id !== pending.id) {
      return this.refuse(`the answer's id: expected ${pending.id}, found ${JSON.stringify(id) ?? 'nothing'}`);
    }
    if (ok === false) {
      this.settle(pending);
      const text = typeof error === 'string' ? error : JSON.stringify(error);
      return pending.reject(this.crash(`${pending.op}: the system answered with an error: ${text}`));
    }
    if (ok !== true)
      return this.refuse(`the answer's ok: expected true or false, found ${JSON.stringify(ok) ?? 'nothing'}`);
    const checked = CLIENT_CHECKS[pending.op].safeParse(result);
    if (!checked.success) {
      const problem = shapeProblem(checked.error, result, ['result']);
      return this.refuse(
        `the answer's ${problem.path}: expected ${problem.expected}, found ${problem.found}`,
      );
    }
    this.settle(pending);
    // The value as sent (not zod's copy): key order and unknown keys stay the system's own.
    pending.resolve(result);
  }
}

/**
 * A request longer than the longest string Node can build (2^29 − 24 characters, ~512 MiB): a
 * generated world of ~290,000 conversations of five messages as one `init` line (1.8 KB each).
 * JSON.stringify throws a RangeError, which the harness once reported as the system throwing
 * while starting. A system speaking the protocol cannot be judged on such a world at all, so it is
 * bad input (exit 2), said before anything is sent.
 */
function tooLong(op: string, params: Readonly<Record<string, unknown>>): InputError {
  const world = params.world as { readonly conversations?: readonly unknown[] } | undefined;
  const size =
    world?.conversations === undefined
      ? ''
      : ` (a world of ${world.conversations.length.toLocaleString('en')} conversations)`;
  return new InputError(
    'PROTOCOL_LINE_TOO_LONG',
    null,
    `the ${op} request to an exec: system`,
    'a request that fits one JSON line of at most 512 MiB, the longest string Node can build (a generated world of ~290,000 conversations of five messages reaches it): judge a larger world in process (--system <module>)',
    `a longer one${size}`,
  );
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
