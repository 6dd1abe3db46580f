import type { ReportContext } from '../reports/index.ts';
import { machineDiagrams } from '../machines/index.ts';
import { CATALOGUE } from '../rules/index.ts';
import { wantsColor, type CliIO } from './io.ts';

/** What reporters need besides the run, decided here so that reporters never read the environment. */
export function createReportContext(io: CliIO): ReportContext {
  return {
    color: wantsColor(io),
    catalogue: CATALOGUE.map(({ id, kind, title }) => ({ id, kind, title })),
    diagrams: machineDiagrams(),
  };
}
