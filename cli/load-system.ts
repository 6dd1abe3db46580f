import { existsSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { SystemFactory, World } from '../domain/index.ts';
import { DEFAULT_PIPELINE, DEFAULT_POLICIES, DEFAULT_PROFILE, InputError } from '../domain/index.ts';
import { importModule } from '../domain/import-module.ts';
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

/** The smallest valid world: enough to ask a factory for a system once, to check its shape. */
const PROBE_WORLD: World = {
  clock: 0,
  account: {
    id: 'probe',
    name: 'probe',
    tier: 'enterprise',
    helpDeskBeta: true,
    notificationsOn: true,
    sla: null,
    pipeline: DEFAULT_PIPELINE,
  },
  users: [
    { id: 'probe-admin', name: 'Probe', email: 'probe@example.com', superAdmin: true, helpDeskAccess: true },
  ],
  channels: [],
  conversations: [],
  tickets: [],
};

/**
 * Asks the factory for one system on an empty world, so that a plug-in of the wrong shape is bad
 * input named before anything runs (inside a scenario it would only show as a failed step).
 * A factory that throws here is a bug in the plug-in and propagates (exit code 3).
 */
function probe(factory: SystemFactory, file: string): void {
  let system: unknown;
  try {
    system = factory(PROBE_WORLD, { policies: DEFAULT_POLICIES, profile: DEFAULT_PROFILE });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`plug-in ${file} threw while creating a system: ${reason}`, { cause: error });
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
}

/**
 * Loads a system under test: `reference`, or a module path relative to `cwd` whose default export
 * is a `SystemFactory`. Missing files and wrong shapes are InputErrors naming the path.
 */
export async function loadSystem(spec: string | undefined, cwd: string): Promise<SystemFactory> {
  if (spec === undefined || spec === REFERENCE_SYSTEM) return createReferenceSystem;
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
  let loaded: unknown;
  try {
    loaded = await importModule(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new InputError(
      'SYSTEM_LOAD',
      spec,
      null,
      EXPECTED_MODULE,
      `a module that fails to load (${reason})`,
    );
  }
  const factory = (loaded as { default?: unknown }).default;
  if (typeof factory !== 'function') {
    throw new InputError(
      'SYSTEM_SHAPE',
      spec,
      'default export',
      'a SystemFactory function',
      describe(factory),
    );
  }
  probe(factory as SystemFactory, spec);
  return factory as SystemFactory;
}
