// Browser tests need nothing but `npm ci`: without /usr/bin/chromium they launch the Chromium that
// the npm package @sparticuz/chromium ships, with its own NSS libraries, and CI installs no browser.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { browserSource, launchChromium } from './launch-chromium.ts';
import { npmChromium } from './npm-chromium.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const saved = process.env.INBOX_MOVE_SIM_BROWSER;
afterEach(() => {
  if (saved === undefined) delete process.env.INBOX_MOVE_SIM_BROWSER;
  else process.env.INBOX_MOVE_SIM_BROWSER = saved;
});

describe('which Chromium the browser tests launch', () => {
  it("is Debian's when present, else npm's; INBOX_MOVE_SIM_BROWSER=npm forces npm's", () => {
    expect(browserSource({}, true)).toBe('system');
    expect(browserSource({}, false)).toBe('npm');
    expect(browserSource({ INBOX_MOVE_SIM_BROWSER: 'npm' }, true)).toBe('npm');
  });

  it("npm's is pinned exactly, to a version whose engines accept this Node and with no install script", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    const pinned = pkg.devDependencies['@sparticuz/chromium'];
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    const entry = createRequire(import.meta.url).resolve('@sparticuz/chromium');
    const installed = JSON.parse(readFileSync(join(dirname(entry), '../../package.json'), 'utf8')) as {
      version: string;
      engines: { node: string };
      scripts: Record<string, string>;
    };
    expect(installed.version).toBe(pinned);
    const minimum = /^>=(\d+)\.(\d+)/.exec(installed.engines.node);
    expect(minimum, installed.engines.node).not.toBeNull();
    const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
    const [needMajor, needMinor] = [Number(minimum?.[1]), Number(minimum?.[2])];
    expect(major > needMajor || (major === needMajor && minor >= needMinor)).toBe(true);
    // The project's own engines say Node 20: the browser package must accept it too.
    expect(needMajor).toBeLessThanOrEqual(20);
    for (const hook of ['preinstall', 'install', 'postinstall'])
      expect(installed.scripts[hook]).toBeUndefined();
  });

  it("npm's takes its NSS libraries from the package, not from the OS", async () => {
    const npm = await npmChromium();
    const libraries = execFileSync('ldd', [npm.executablePath], {
      env: { ...process.env, ...npm.env },
      encoding: 'utf8',
    });
    const nss = libraries.split('\n').find((line) => line.includes('libnss3.so'));
    expect(nss).toContain(`=> ${npm.env.LD_LIBRARY_PATH}/libnss3.so`);
    expect(libraries).not.toContain('not found');
  });

  it("npm's launches, renders a page and says which browser it is", async () => {
    process.env.INBOX_MOVE_SIM_BROWSER = 'npm';
    const { browser, description } = await launchChromium();
    try {
      expect(description).toMatch(
        /^Chromium \d+\.\d+\.\d+\.\d+ from npm @sparticuz\/chromium \d+\.\d+\.\d+$/,
      );
      const page = await browser.newPage();
      await page.setContent('<p id="p">hello <b>world</b></p>');
      expect(await page.textContent('#p')).toBe('hello world');
      expect((await page.screenshot()).length).toBeGreaterThan(1000);
    } finally {
      await browser.close();
    }
  });

  it('CI installs no browser with apt-get: npm ci brings it', () => {
    const ci = readFileSync(join(ROOT, '.ci/run'), 'utf8');
    expect(ci).toContain('npm ci');
    expect(ci).not.toMatch(/apt-get\s+install[^\n]*chromium/);
  });
});
