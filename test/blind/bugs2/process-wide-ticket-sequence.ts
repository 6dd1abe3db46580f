/**
 * BUG: help desk ticket IDs come from a PROCESS-WIDE sequence (a module-level counter standing in
 * for the database sequence when the service runs embedded), and the ticket list is returned
 * `ORDER BY id` on the string ID, created tickets after imported ones. Each system instance
 * therefore mints different IDs depending on what ran before it in the same process, and the
 * string order of those IDs (`hd-9` > `hd-10`) decides where each created ticket appears in the
 * world's ticket list. Two plays of the same inbox and script can list the created tickets in a
 * different order — not just under other names.
 *
 * How it ships: IDs are opaque and unique, so a process-wide counter looked harmless (and it is,
 * renamed consistently); the ORDER BY was added to make the API output "stable". It is stable for
 * a given set of IDs — not across runs that mint different ones.
 *
 * Breaks: INV-5 (the same inbox, events and seed give the same outcome byte for byte, up to one
 * consistent renaming of the IDs the system mints: here the order of the world's tickets differs).
 *
 * Shows when: a play that creates at least two tickets, run twice in one process (or after other
 * plays), where the minted numbers cross a power of ten differently in the two runs — e.g. the
 * first run mints hd-1..hd-4 (listed in creation order) and the second hd-8..hd-11 (listed
 * hd-10, hd-11, hd-8, hd-9). Runs that mint one ticket, or none, are unaffected.
 */
import type { SystemFactory, Ticket, World } from '../../../domain/index.ts';
import { createReferenceSystem } from '../../../machines/index.ts';
import { Overlay, renamedTicketRef, type Timed, wrapSystem } from '../lib/wrap.ts';

const NAME = 'blind:process-wide-ticket-sequence';

/** The embedded stand-in for the database sequence: shared by every instance in the process. */
let sequence = 0;

const factory: SystemFactory = (world, options) => {
  const inner = createReferenceSystem(world, options);
  const overlay = new Overlay();
  const given = new Set(world.tickets.map((t) => t.id));
  const shown = new Map<string, string>();
  const taken = new Set(given);

  const mint = (innerId: string): string => {
    let id: string;
    do {
      sequence += 1;
      id = `hd-${sequence}`;
    } while (taken.has(id));
    taken.add(id);
    shown.set(innerId, id);
    overlay.tickets.set(innerId, (t: Ticket) => ({ ...t, id }));
    return id;
  };
  const rename = (id: string): string => shown.get(id) ?? id;

  /** Imported tickets in storage order, then the created ones ORDER BY id. */
  const ordered = (w: World): World => {
    const shownWorld = overlay.apply(w);
    if (shown.size < 2) return shownWorld;
    const imported = shownWorld.tickets.filter((t) => given.has(t.id));
    const created = shownWorld.tickets.filter((t) => !given.has(t.id));
    created.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { ...shownWorld, tickets: [...imported, ...created] };
  };

  return wrapSystem(NAME, inner, {
    after(_command, _result, fresh) {
      return fresh.map((event): Timed => {
        if (event.type !== 'ticket-created') return renamedTicketRef(event, rename);
        return given.has(event.ticketId) ? event : { ...event, ticketId: mint(event.ticketId) };
      });
    },
    world: ordered,
  });
};

export default factory;
