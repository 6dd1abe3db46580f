// Where a preview goes: text or JSON on stdout, the HTML page to a file (then, with --open, to the
// default browser).
import { mkdir } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { writeFileAtomic } from '../reports/atomic-write.ts';
import { rethrowAsOutError } from './check-out.ts';
import type { CliIO } from './io.ts';
import { openInBrowser } from './open-in-browser.ts';
import { renderPreviewHtml } from './preview-html.ts';
import type { PreviewResult } from './preview-plan.ts';
import { renderPreview } from './preview-render.ts';

export type PreviewFormat = 'text' | 'json' | 'html';

/** The page's file when `--out` is not given. */
export const DEFAULT_PREVIEW_PAGE = 'out/preview.html';

export interface PreviewOutput {
  readonly format: PreviewFormat;
  readonly out?: string;
  readonly open?: boolean;
}

export async function emitPreview(preview: PreviewResult, output: PreviewOutput, io: CliIO): Promise<void> {
  if (output.format !== 'html') {
    io.stdout(output.format === 'json' ? `${JSON.stringify(preview, null, 2)}\n` : renderPreview(preview));
    if (output.open === true) io.stderr('not opened in a browser: --open is for --format html\n');
    return;
  }
  const file = resolve(io.cwd, output.out ?? DEFAULT_PREVIEW_PAGE);
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFileAtomic(file, renderPreviewHtml(preview));
  } catch (error) {
    rethrowAsOutError(error, 'OUT_FILE', output.out ?? DEFAULT_PREVIEW_PAGE);
  }
  io.stderr(`preview page written to ${relative(io.cwd, file)}\n`);
  if (output.open === true) openInBrowser(file, io);
}
