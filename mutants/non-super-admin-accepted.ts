/** ELIG-3: any user with access to the inbox settings can start a move, Super Admin or not. */
import { wrapReference } from './wrap-reference.ts';
import { misread } from './_disguise.ts';

export default wrapReference('bad:non-super-admin-accepted', (ctx) =>
  misread({ user: (u) => ({ ...u, superAdmin: true }) })(ctx.given),
);
