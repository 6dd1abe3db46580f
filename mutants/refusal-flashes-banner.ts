/** INV-6: a refused start-move shows the move banner (and takes it down) before the eligibility check answers. */
import type { Draft } from './wrap-reference.ts';
import { wrapReference } from './wrap-reference.ts';

export default wrapReference('bad:refusal-flashes-banner', () => {
  let asked = '';
  return {
    command: (command) => {
      if (command.type === 'start-move') asked = command.channelId;
      return command;
    },
    event: (event) => {
      if (event.type !== 'command-refused' || event.command !== 'start-move') return event;
      const shown: Draft = {
        at: event.at,
        type: 'banner-shown',
        channelId: asked,
        places: ['inbox-settings', 'inbox'],
      };
      const hidden: Draft = { at: event.at, type: 'banner-hidden', channelId: asked };
      return [shown, hidden, event];
    },
  };
});
