/**
 * BUG: a FORM channel can be moved from the chatflows list as well as from the inbox settings. The
 * entry-point check compares the entry point only for the two kinds it was written for: email
 * channels must come from the inbox settings, chatflows from the chatflows list; a form falls
 * through both branches and is accepted from wherever the request came.
 *
 * How it ships: forms became movable together with email, and the chatflows list grew a "forms
 * embedded in bots" section with the same "Move to help desk" action, whose request carries
 * `entryPoint: 'chatflows-list'`. The guard was `if (kind === 'email' && entry !== 'inbox-settings')
 * ... else if (kind === 'chatflow' && entry !== 'chatflows-list') ...`, with no case for forms.
 *
 * Breaks: ELIG-8 (email and form channels are moved from the inbox settings' channel list: a form
 * started from the chatflows list must be refused, naming ELIG-8, and nothing change).
 *
 * Shows when: a valid start-move (Super Admin, eligible account, no other move) of a `form` channel
 * with `entryPoint: 'chatflows-list'`. Email channels and chatflows are checked correctly.
 */
import type { Command, SystemFactory } from '../../../domain/index.ts';
import { createReferenceSystem } from '../../../machines/index.ts';
import { wrapSystem } from '../lib/wrap.ts';

const NAME = 'blind:form-from-chatflows-list';

const factory: SystemFactory = (world, options) => {
  const inner = createReferenceSystem(world, options);
  return wrapSystem(NAME, inner, {
    before(command: Command) {
      if (command.type !== 'start-move' || command.entryPoint !== 'chatflows-list') return undefined;
      const channel = inner.world().channels.find((c) => c.id === command.channelId);
      if (channel?.kind !== 'form') return undefined;
      return { ...command, entryPoint: 'inbox-settings' };
    },
  });
};

export default factory;
