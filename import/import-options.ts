import type { ServiceHubTier, SimTime, SlaPolicy } from '../domain/index.ts';
import type { ImportKind } from './channel-kinds.ts';
import { DEFAULT_SLA } from '../scenarios/index.ts';

/**
 * What the export does not say, given by the person importing (or the stated defaults, which are
 * the scenario format's own defaults). The mapping report lists each value and whether it was
 * given or assumed.
 */
export interface ImportOptions {
  /** Service Hub tier (ELIG-1). @default 'pro' */
  readonly tier: ServiceHubTier;
  /** Enrolled in the help desk beta (ELIG-2). @default true */
  readonly beta: boolean;
  /** Account-wide notifications on (MOVE-7, ADV-4). @default true */
  readonly notifications: boolean;
  /** Help desk SLAs (ADV-2). @default the scenario format's default policy (60 / 240 / 2,880 min, 24/7) */
  readonly sla: SlaPolicy | null;
  /** The world's clock. @default the latest time in the export */
  readonly clock?: SimTime;
  /** The help desk ticket pipeline (its stages are the statuses). @default the one most associated tickets use */
  readonly pipeline?: string;
  /** HubSpot user IDs of Super Admins, when the export has no `settings-users` file saying so. @default the first user */
  readonly superAdmins: readonly string[];
  /** Per channel account ID: the kind the export cannot tell (a personal email, a bot, a chatflow on WhatsApp ...). */
  readonly kinds: Readonly<Record<string, ImportKind>>;
  /** Channel IDs (channels.json) that are custom channels (built with the custom channels API). */
  readonly customChannels: readonly string[];
  /** Keep message texts as bodies; off (`--no-bodies`), bodies are empty: no rule reads them, and they are most of a big inbox's memory. @default true */
  readonly bodies: boolean;
}

export const DEFAULT_IMPORT_OPTIONS: ImportOptions = {
  tier: 'pro',
  beta: true,
  notifications: true,
  sla: DEFAULT_SLA,
  superAdmins: [],
  kinds: {},
  customChannels: [],
  bodies: true,
};
