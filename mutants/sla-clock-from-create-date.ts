/**
 * OPEN-8: the SLA clocks of every ticket start at its create date, as for a ticket created in help
 * desk, even under the default `at-help-desk-entry`: a moved or back-dated ticket is born breached.
 */
import type { SyncSystemFactory } from '../domain/index.ts';
import { createReferenceSystem } from '../machines/index.ts';
import { wrapReference } from './wrap-reference.ts';

const fromCreateDate: SyncSystemFactory = (world, options) =>
  createReferenceSystem(world, { ...options, policies: { ...options.policies, 'OPEN-8': 'at-create-date' } });

export default wrapReference('bad:sla-clock-from-create-date', () => ({}), fromCreateDate);
