// The one way browser tests get a Chromium: Debian's /usr/bin/chromium when the machine has it,
// otherwise the one `npm ci` installed (@sparticuz/chromium). Never a skip: a test that needs a
// browser and cannot launch one fails, naming both. Which browser ran is printed on stderr.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { npmChromium } from './npm-chromium.ts';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Headless, no network of its own (updates, sync, metrics), no sandbox (root in CI containers). */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export type BrowserSource = 'system' | 'npm';

/**
 * Debian's when present, unless `INBOX_MOVE_SIM_BROWSER=npm` asks for the npm one (to check,
 * on a machine that has both, the path a bare machine takes).
 */
export function browserSource(env: NodeJS.ProcessEnv, systemExists: boolean): BrowserSource {
  if (env.INBOX_MOVE_SIM_BROWSER === 'npm') return 'npm';
  return systemExists ? 'system' : 'npm';
}

export interface LaunchedChromium {
  readonly browser: Browser;
  /** E.g. "Chromium 143.0.7499.0 from npm @sparticuz/chromium 143.0.4". */
  readonly description: string;
}

export async function launchChromium(): Promise<LaunchedChromium> {
  const source = browserSource(process.env, existsSync(SYSTEM_CHROMIUM));
  const npm = source === 'npm' ? await npmChromium() : null;
  const browser = await chromium.launch({
    executablePath: npm?.executablePath ?? SYSTEM_CHROMIUM,
    args: FLAGS,
    ...(npm === null ? {} : { env: { ...process.env, ...npm.env } }),
  });
  const origin = npm === null ? SYSTEM_CHROMIUM : `npm @sparticuz/chromium ${npm.packageVersion}`;
  const description = `Chromium ${browser.version()} from ${origin}`;
  process.stderr.write(`browser: ${description}\n`);
  return { browser, description };
}
