/** ELIG-2: the beta enrolment is never checked (as if every profile were the 26 Sep 2024 one). */
import { wrapReference } from './wrap-reference.ts';
import { misread } from './_disguise.ts';

export default wrapReference('bad:beta-not-checked', (ctx) =>
  misread({ account: (a) => ({ ...a, helpDeskBeta: true }) })(ctx.given),
);
