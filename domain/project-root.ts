import { fileURLToPath } from 'node:url';

/**
 * The project root, found from this file so the answer does not depend on the working directory:
 * `domain/project-root.ts` run from source, or `dist/domain/project-root.js` compiled (the bin),
 * whose data files (the built-in suite, the checker sources) stay where they are in the project.
 */
export const PROJECT_ROOT: string = fileURLToPath(
  new URL(import.meta.url.endsWith('.ts') ? '..' : '../..', import.meta.url),
);

/** True when running compiled JavaScript (dist/), which has no TypeScript loader of its own. */
export const COMPILED: boolean = !import.meta.url.endsWith('.ts');
