/** ELIG-4: calling channels are movable under every profile (the 14 Mar 2025 change applied to all). */
import { wrapReference } from './wrap-reference.ts';
import { misread } from './_disguise.ts';

export default wrapReference('bad:calling-channel-accepted', (ctx) =>
  misread({ channel: (c) => (c.kind === 'calling' ? { ...c, kind: 'email' } : c) })(ctx.given),
);
