import type { RuleId } from '../domain/index.ts';
import type { ReportContext } from '../reports/index.ts';
import { layoutDiagrams } from '../reports/diagram-layout.ts';
import { machineDiagrams } from '../machines/index.ts';
import { CATALOGUE } from '../rules/index.ts';
import { wantsColor, type CliIO } from './io.ts';

/** How the command line asked the reports to look (not what they show about the run). */
export interface ReportView {
  /** `--only`: the rule tables list these rules alone. */
  readonly only?: readonly RuleId[];
  /** `--quiet`: the console shows the failures and the summary line only. */
  readonly quiet?: boolean;
  /** `--junit-skipped`: not exercised / not applicable verdicts as `<skipped>` test cases. */
  readonly junitSkipped?: boolean;
  /** `--open`: show the written HTML report in the default browser (cli/open-in-browser.ts). */
  readonly open?: boolean;
}

/** The options a command (`run`, `merge-reports`) parsed that say how the reports look. */
export interface ReportViewOptions {
  readonly only?: readonly RuleId[] | undefined;
  readonly quiet?: boolean | undefined;
  readonly junitSkipped?: boolean | undefined;
  readonly open?: boolean | undefined;
}

/** The view of a command's parsed options: only the options given. */
export function reportViewOf(options: ReportViewOptions): ReportView {
  return {
    ...(options.only === undefined ? {} : { only: options.only }),
    ...(options.quiet === true ? { quiet: true } : {}),
    ...(options.junitSkipped === true ? { junitSkipped: true } : {}),
    ...(options.open === true ? { open: true } : {}),
  };
}

/**
 * What reporters need besides the run, decided here so that reporters never read the environment.
 * The diagrams are laid out only when an HTML report is wanted (ELK is async and takes ~0.5 s cold).
 */
export async function createReportContext(
  io: CliIO,
  view: ReportView = {},
  withDiagrams = true,
): Promise<ReportContext> {
  const only = view.only === undefined || view.only.length === 0 ? null : new Set(view.only);
  return {
    color: wantsColor(io),
    catalogue: CATALOGUE.filter(({ id }) => only === null || only.has(id)).map(({ id, kind, title }) => ({
      id,
      kind,
      title,
    })),
    diagrams: withDiagrams ? await layoutDiagrams(machineDiagrams()) : [],
    ...(view.quiet === true ? { quiet: true } : {}),
    ...(view.junitSkipped === true ? { junitSkipped: true } : {}),
  };
}
