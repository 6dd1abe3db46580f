import type { World } from '../domain/index.ts';
import { importApiExport } from '../import/import-export.ts';
import { DEFAULT_SLA } from '../scenarios/index.ts';
import type { CliIO } from './io.ts';
import type { InboxSource } from './preview-world.ts';

/**
 * `preview --from-export <folder>`: the inbox of a Conversations API export, with the preview's
 * account options (tier, beta, notifications, SLAs). What could not be mapped is counted on
 * stderr; `import api-export` writes the full mapping report.
 */
export async function worldFromExport(folder: string, source: InboxSource, io: CliIO): Promise<World> {
  const { world, report } = await importApiExport(
    folder,
    {
      ...(source.tier !== undefined && { tier: source.tier }),
      beta: source.beta,
      notifications: source.notifications,
      sla: source.slas ? DEFAULT_SLA : null,
    },
    io.cwd,
  );
  const left = report.notMapped.reduce((sum, entry) => sum + entry.count, 0);
  if (left > 0) {
    io.stderr(
      `import: ${left} item(s) of ${folder} not mapped; see them with: inbox-move-sim import api-export ${folder}\n`,
    );
  }
  return world;
}
