import type { OperatingHours } from './operating-hours.ts';

/** Service Hub subscription tier of the account. */
export type ServiceHubTier = (typeof SERVICE_HUB_TIERS)[number];
export const SERVICE_HUB_TIERS = ['free', 'starter', 'pro', 'enterprise'] as const;

/** A help desk SLA policy: targets in minutes, counted 24/7 or in operating hours only. */
export interface SlaPolicy {
  readonly firstReplyMinutes: number;
  readonly nextReplyMinutes: number;
  readonly timeToCloseMinutes: number;
  readonly schedule: '24/7' | 'operating-hours';
  /** The hours the clock runs in: required with `operating-hours`, absent with `24/7`. */
  readonly operatingHours?: OperatingHours;
}

/** The help desk ticket pipeline: ticket statuses are names from this list. */
export interface Pipeline {
  readonly id: string;
  readonly statuses: readonly string[];
}

/** The default help desk pipeline (neighbouring help-center page, RULES.md). */
export const DEFAULT_PIPELINE: Pipeline = {
  id: 'help-desk',
  statuses: ['New', 'Waiting on contact', 'Waiting on us', 'Closed'],
};

export interface Account {
  readonly id: string;
  readonly name: string;
  readonly tier: ServiceHubTier;
  /** Enrolled in the help desk workspace beta (ELIG-2). */
  readonly helpDeskBeta: boolean;
  /** Account-wide notifications for ticket creation and assignment (MOVE-7, ADV-4). */
  readonly notificationsOn: boolean;
  /** Help desk SLAs; null when none are configured (ADV-2). */
  readonly sla: SlaPolicy | null;
  readonly pipeline: Pipeline;
}
