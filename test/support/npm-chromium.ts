// The Chromium that `npm ci` installs: @sparticuz/chromium ships the browser inside the npm package
// as brotli archives (no install script, no download). They are unpacked once per machine into a
// folder of the OS temp dir named after the package version, next to the NSS libraries the package
// also ships, so the browser needs nothing from the OS but glibc.
import { createReadStream, createWriteStream, existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { brotliDecompressSync, createBrotliDecompress } from 'node:zlib';
import { threadId } from 'node:worker_threads';

export interface NpmChromium {
  readonly executablePath: string;
  /** Environment for the browser process: the shipped libraries and fonts. */
  readonly env: Readonly<Record<string, string>>;
  readonly packageVersion: string;
}

/** The package's folder: its only export is its entry, two levels below the root. */
function packageRoot(): string {
  const entry = createRequire(import.meta.url).resolve('@sparticuz/chromium');
  return join(dirname(entry), '..', '..');
}

/**
 * Regular files and folders of a ustar archive (all these archives hold), written under `into`.
 * Anything else (links, absolute or `..` paths) is refused rather than guessed at.
 */
async function untar(archive: Buffer, into: string): Promise<void> {
  const field = (at: number, length: number): string =>
    archive
      .subarray(at, at + length)
      .toString('utf8')
      .replace(/\0.*$/s, '');
  for (let at = 0; at + 512 <= archive.length;) {
    const name = field(at, 100);
    if (name === '') return;
    const size = Number.parseInt(field(at + 124, 12).trim() || '0', 8);
    const type = field(at + 156, 1) || '0';
    if (name.startsWith('/') || name.split('/').includes('..')) throw new Error(`unsafe path ${name}`);
    const target = join(into, name);
    if (type === '5') await mkdir(target, { recursive: true });
    else if (type === '0') {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, archive.subarray(at + 512, at + 512 + size));
    } else throw new Error(`unexpected tar entry type ${type} for ${name}`);
    at += 512 + Math.ceil(size / 512) * 512;
  }
}

/** Fontconfig: the system's fonts when there are any, and always the shipped Open Sans. */
function fontsConf(folder: string): string {
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${join(folder, 'fonts')}</dir>
  <cachedir>${join(folder, 'fonts-cache')}</cachedir>
</fontconfig>
`;
}

async function unpack(bin: string, staging: string, folder: string): Promise<void> {
  await mkdir(staging, { recursive: true });
  await pipeline(
    createReadStream(join(bin, 'chromium.br')),
    createBrotliDecompress(),
    createWriteStream(join(staging, 'chromium'), { mode: 0o755 }),
  );
  // Small archives: the NSS libraries (lib/) and the fonts (fonts/).
  for (const archive of ['al2023.tar.br', 'fonts.tar.br']) {
    await untar(brotliDecompressSync(readFileSync(join(bin, archive))), staging);
  }
  // The paths in it are those of the folder after the rename.
  await writeFile(join(staging, 'fonts.conf'), fontsConf(folder));
}

/**
 * Unpacks (at most once per machine and package version) and describes the npm Chromium.
 * Test files run in parallel: each unpacks into its own staging folder and renames it into place,
 * so a half-written browser is never seen; the loser of the race drops its copy.
 */
export async function npmChromium(): Promise<NpmChromium> {
  const root = packageRoot();
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const folder = join(tmpdir(), `inbox-move-sim-chromium-${version}`);
  if (!existsSync(join(folder, 'fonts.conf'))) {
    const staging = `${folder}.${process.pid}-${threadId}.partial`;
    try {
      await unpack(join(root, 'bin'), staging, folder);
      await rename(staging, folder);
    } catch (error) {
      if (!existsSync(join(folder, 'fonts.conf'))) throw error;
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }
  return {
    executablePath: join(folder, 'chromium'),
    env: { LD_LIBRARY_PATH: join(folder, 'lib'), FONTCONFIG_FILE: join(folder, 'fonts.conf') },
    packageVersion: version,
  };
}
