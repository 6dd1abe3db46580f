/** ELIG-1: the tier check only excludes free accounts, so Service Hub Starter can move. */
import { wrapReference } from './wrap-reference.ts';
import { misread } from './_disguise.ts';

export default wrapReference('bad:starter-tier-accepted', (ctx) =>
  misread({ account: (a) => (a.tier === 'starter' ? { ...a, tier: 'pro' } : a) })(ctx.given),
);
