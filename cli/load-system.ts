import { existsSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { MigrationSystem, SystemFactory } from '../domain/index.ts';
import { DEFAULT_POLICIES, DEFAULT_PROFILE, InputError } from '../domain/index.ts';
import { importModule, loadFailureMessage } from '../domain/import-module.ts';
import { DEFAULT_STEP_TIMEOUT_MS, PROBE_WORLD } from '../harness/index.ts';
import { rememberLoaded, settleWithin } from './loaded-systems.ts';
import { createReferenceSystem } from '../machines/index.ts';

const EXTENSIONS = ['.ts', '.mts', '.js', '.mjs'];
const METHODS = ['execute', 'world', 'observe', 'events'] as const;
const EXPECTED_MODULE =
  'a module (.ts, .js or .mjs) whose default export is a SystemFactory (world, options) => system';

/** `--system reference` (or no option) names the reference XState system. */
export const REFERENCE_SYSTEM = 'reference';

function describe(value: unknown): string {
  if (value === undefined) return 'nothing (no default export)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object'
    ? `an object with keys ${Object.keys(value).join(', ') || '(none)'}`
    : typeof value;
}

/**
 * Asks the factory for one system on an empty world, so that a plug-in of the wrong shape (not an
 * object, methods missing) is bad input named before anything runs. A factory that throws, rejects
 * or hangs here is not judged yet: every play reports it as a failure of that system.
 */
async function probe(factory: SystemFactory, file: string, timeoutMs: number): Promise<void> {
  let system: unknown;
  try {
    system = await settleWithin(
      factory(PROBE_WORLD, { policies: DEFAULT_POLICIES, profile: DEFAULT_PROFILE }),
      timeoutMs,
    );
  } catch {
    return; // reported by the plays, naming the system and the step
  }
  const missing =
    typeof system === 'object' && system !== null
      ? METHODS.filter((method) => typeof (system as Record<string, unknown>)[method] !== 'function')
      : [...METHODS];
  if (missing.length > 0) {
    throw new InputError(
      'SYSTEM_SHAPE',
      file,
      'default export',
      `a factory returning a MigrationSystem with methods ${METHODS.join(', ')}`,
      missing.length === METHODS.length ? describe(system) : `a system without ${missing.join(', ')}`,
    );
  }
  try {
    await settleWithin((system as MigrationSystem).close?.(), timeoutMs);
  } catch {
    // The same: the plays report a close() that fails.
  }
}

/**
 * Loads a system under test: `reference`, or a module path relative to `cwd` whose default export
 * is a `SystemFactory`. Missing files and wrong shapes are InputErrors naming the path.
 */
export async function loadSystem(
  spec: string | undefined,
  cwd: string,
  timeoutMs: number = DEFAULT_STEP_TIMEOUT_MS,
): Promise<SystemFactory> {
  if (spec === undefined || spec === REFERENCE_SYSTEM) return createReferenceSystem;
  if (spec.startsWith('exec:')) {
    // A system in any language over docs/PROTOCOL.md; loaded only when asked for (startup time).
    const { execSystemFactory } = await import('../protocol/exec-factory.ts');
    const factory = await execSystemFactory(spec.slice('exec:'.length), { cwd, stepTimeoutMs: timeoutMs });
    rememberLoaded(factory);
    return factory;
  }
  const file = resolve(cwd, spec);
  if (!existsSync(file) || !statSync(file).isFile()) {
    throw new InputError('SYSTEM_NOT_FOUND', spec, null, EXPECTED_MODULE, 'no such file');
  }
  if (!EXTENSIONS.includes(extname(file))) {
    throw new InputError(
      'SYSTEM_NOT_FOUND',
      spec,
      null,
      EXPECTED_MODULE,
      `a ${extname(file) || 'file without'} extension`,
    );
  }
  let imported: unknown;
  try {
    imported = await importModule(file);
  } catch (error) {
    const reason = loadFailureMessage(error);
    throw new InputError(
      'SYSTEM_LOAD',
      spec,
      null,
      EXPECTED_MODULE,
      `a module that fails to load (${reason})`,
    );
  }
  const factory = (imported as { default?: unknown }).default;
  if (typeof factory !== 'function') {
    throw new InputError(
      'SYSTEM_SHAPE',
      spec,
      'default export',
      'a SystemFactory function',
      describe(factory),
    );
  }
  await probe(factory as SystemFactory, spec, timeoutMs);
  rememberLoaded(factory as SystemFactory);
  return factory as SystemFactory;
}
