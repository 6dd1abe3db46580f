/** ELIG-5: the surface check forgets WhatsApp, so a WhatsApp chatflow moves like a website chat. */
import { wrapReference } from './wrap-reference.ts';
import { misread } from './_disguise.ts';

export default wrapReference('bad:whatsapp-chatflow-accepted', (ctx) =>
  misread({
    channel: (c) => (c.surface === 'whatsapp' ? { ...c, surface: 'website-live-chat' } : c),
  })(ctx.given),
);
