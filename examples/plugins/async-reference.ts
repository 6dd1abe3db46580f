/**
 * An async plug-in: the reference system behind promises, the way a system you reach over the
 * network (or through a database, or a queue) answers. Run the built-in suite against it:
 *
 *   npx inbox-move-sim run --system examples/plugins/async-reference.ts   # exit 0
 *
 * What the seam (domain/system.ts) allows and this example shows:
 * - the factory may be async (here it "connects" first);
 * - every method may return a promise; the harness awaits each, at most --step-timeout ms;
 * - `eventsSince(seq)` returns only the events appended since position `seq`, so the harness
 *   need not fetch the whole log after every command (optional: without it, `events()` is used);
 * - `close()` tears one system down: the harness calls it once at the end of every play, also
 *   after a failure (each play gets a system of its own: INV-5 plays every script twice);
 * - the factory's `dispose()` is called once when the command ends (a connection pool, a child
 *   process...); `capabilities` (absent here: everything) say which profiles and OPEN policy values
 *   the system implements, and whether it has a test clock (docs/SEMANTICS.md, "The clock").
 */
import type { SystemFactory } from '../../domain/index.ts';
import { createReferenceSystem } from '../../machines/index.ts';

/** The answer on a later turn of the event loop, as from a remote system. */
function later<T>(answer: () => T): Promise<T> {
  return new Promise((resolve, reject) => {
    setImmediate(() => {
      try {
        resolve(answer());
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}

const asyncReference: SystemFactory = async (world, options) => {
  const inner = await later(() => createReferenceSystem(world, options));
  let open = true;
  const ifOpen = <T>(answer: () => T): Promise<T> =>
    later(() => {
      if (!open) throw new Error('the system was closed');
      return answer();
    });
  return {
    name: 'async-reference',
    execute: (command) => ifOpen(() => inner.execute(command)),
    world: () => ifOpen(() => inner.world()),
    observe: () => ifOpen(() => inner.observe()),
    events: () => ifOpen(() => inner.events()),
    eventsSince: (seq) => ifOpen(() => inner.events().slice(seq)),
    close: async () => {
      open = false;
      await later(() => undefined);
    },
  };
};

export default asyncReference;
