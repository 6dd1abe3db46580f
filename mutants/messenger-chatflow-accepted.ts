/** ELIG-5: the surface check forgets Messenger, so a Messenger chatflow moves like a website chat. */
import { wrapReference } from './wrap-reference.ts';
import { misread } from './_disguise.ts';

export default wrapReference('bad:messenger-chatflow-accepted', (ctx) =>
  misread({
    channel: (c) => (c.surface === 'messenger' ? { ...c, surface: 'website-live-chat' } : c),
  })(ctx.given),
);
