// `--open`: shows a written HTML file in the default browser, when there is one to use. Opening is
// a convenience: where it cannot happen (CI, no display, no opener) the user gets a one-line note,
// never an error or a different exit code.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { CliIO } from './io.ts';

export type OpenPlan =
  | { readonly open: true; readonly command: string; readonly args: readonly string[] }
  | { readonly open: false; readonly why: string };

/** Whether `name` is an executable on PATH (no shell, no spawn). */
function onPath(name: string, env: CliIO['env']): boolean {
  return (env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, name)));
}

/** How to open `file` here, or why not. Pure but for the PATH lookup (injected in tests). */
export function planOpen(
  file: string,
  env: CliIO['env'],
  platform: NodeJS.Platform,
  has: (name: string) => boolean = (name) => onPath(name, env),
): OpenPlan {
  if (env.CI !== undefined && env.CI !== '' && env.CI !== 'false') return { open: false, why: 'CI is set' };
  if (platform === 'darwin') return { open: true, command: 'open', args: [file] };
  // explorer.exe hands a file to its default application without a shell to quote for.
  if (platform === 'win32') return { open: true, command: 'explorer.exe', args: [file] };
  if (env.DISPLAY === undefined && env.WAYLAND_DISPLAY === undefined)
    return { open: false, why: 'no display (DISPLAY and WAYLAND_DISPLAY are unset)' };
  if (!has('xdg-open')) return { open: false, why: 'xdg-open was not found on PATH' };
  return { open: true, command: 'xdg-open', args: [file] };
}

/**
 * Opens `file` in the background (the CLI does not wait for the browser), or writes why not. A
 * failed spawn is a note too: the report is written either way.
 */
export function openInBrowser(file: string, io: CliIO, platform: NodeJS.Platform = process.platform): void {
  const plan = planOpen(file, io.env, platform);
  if (!plan.open) {
    io.stderr(`not opened in a browser: ${plan.why}\n`);
    return;
  }
  try {
    const child = spawn(plan.command, [...plan.args], { detached: true, stdio: 'ignore' });
    child.on('error', (error) => io.stderr(`not opened in a browser: ${error.message}\n`));
    child.unref();
    io.stderr(`opening ${file} in the default browser\n`);
  } catch (error) {
    io.stderr(`not opened in a browser: ${error instanceof Error ? error.message : String(error)}\n`);
  }
}
