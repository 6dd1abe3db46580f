import { pathToFileURL } from 'node:url';
import { COMPILED } from './project-root.ts';

const TYPESCRIPT = /\.[mc]?ts$/;
let esmHooks = false;
let cjsHooks = false;

/**
 * Imports a module by file path, anywhere on disk. A `.ts` plug-in outside the project has no
 * `"type": "module"` package around it, so Node treats it as CommonJS: tsx's CommonJS hooks must be
 * registered too (its ESM hooks alone leave it untransformed: "Unexpected token ':'", or "Cannot
 * require() ES Module … in a cycle"). The compiled CLI (dist/) starts without any TypeScript
 * loader, so tsx's ESM hooks are registered the first time a `.ts` plug-in is imported, never for
 * JavaScript ones; from source (tsx, vitest) an ESM loader is already there.
 */
export async function importModule(file: string): Promise<unknown> {
  if (TYPESCRIPT.test(file)) {
    if (COMPILED && !esmHooks) {
      const { register } = await import('tsx/esm/api');
      register();
      esmHooks = true;
    }
    if (!cjsHooks) {
      const { register } = await import('tsx/cjs/api');
      register();
      cjsHooks = true;
    }
  }
  return unwrapCommonJs((await import(pathToFileURL(file).href)) as unknown);
}

/**
 * An ES module compiled to CommonJS (a `.ts` file in a CommonJS scope) is imported as
 * `{ default: { __esModule: true, default: … } }`: its own default export is the inner one.
 */
function unwrapCommonJs(namespace: unknown): unknown {
  const outer = (namespace as { default?: unknown }).default;
  if (
    typeof outer === 'object' &&
    outer !== null &&
    (outer as { __esModule?: unknown }).__esModule === true
  ) {
    return { ...(namespace as object), default: (outer as { default?: unknown }).default };
  }
  return namespace;
}

/**
 * The message of a module that failed to load, on one line with its location: esbuild's
 * "Transform failed with 1 error:" is followed by `file:line:column: ERROR: …` on the next line.
 */
export function loadFailureMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const located = lines.find((l) => /:\d+:\d+: ERROR: /.test(l));
  if (located !== undefined) return located;
  return lines[0] ?? text;
}
