/**
 * BUG: the chatflow eligibility check only knows about WhatsApp. A Facebook Messenger chatflow is
 * treated like a website chatflow and its move is accepted (and then carried out like any other).
 *
 * How it ships: the check was written as `if (channel.surface === 'whatsapp') refuse(...)` when the
 * WhatsApp restriction was announced; Messenger was added to the restriction in a later release of
 * the article and only the help text was updated, not the guard. No test moves a Messenger chatflow.
 *
 * Breaks: ELIG-5 (a chatflow on Messenger cannot be moved; the request must be refused and nothing
 * change), and consequently INV-7/INV-6 style findings about the channel going to help desk.
 *
 * Shows when: a Super Admin starts a move of a chatflow whose `surface` is `messenger`, from the
 * chatflows list (correct entry point), on an eligible account (default generated worlds have one:
 * `ch-chatflow-messenger-1`). WhatsApp chatflows are still refused correctly.
 */
import type { Channel, SystemFactory } from '../../../domain/index.ts';
import { createReferenceSystem } from '../../../machines/index.ts';
import { Overlay, wrapSystem } from '../lib/wrap.ts';

const NAME = 'blind:messenger-chatflow-accepted';

const factory: SystemFactory = (world, options) => {
  // The product's view of a chatflow for eligibility: anything that is not WhatsApp is "website".
  const messenger = new Set(
    world.channels.filter((c) => c.kind === 'chatflow' && c.surface === 'messenger').map((c) => c.id),
  );
  const seenAs =
    messenger.size === 0
      ? world
      : {
          ...world,
          channels: world.channels.map((c) =>
            messenger.has(c.id) ? { ...c, surface: 'website-live-chat' as const } : c,
          ),
        };
  const inner = createReferenceSystem(seenAs, options);
  const overlay = new Overlay();
  const restore = (c: Channel): Channel => ({ ...c, surface: 'messenger' });
  for (const id of messenger) overlay.channels.set(id, restore);
  return wrapSystem(NAME, inner, { world: (w) => overlay.apply(w) });
};

export default factory;
