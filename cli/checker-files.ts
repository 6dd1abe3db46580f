import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { RuleId } from '../domain/index.ts';
import { PROJECT_ROOT } from '../domain/project-root.ts';

export { PROJECT_ROOT };
const CHECKERS_DIR = join(PROJECT_ROOT, 'rules', 'checkers');

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? listFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

/**
 * Where each rule is checked: the files under `rules/checkers/` named after the rule (`move-7.ts`),
 * or, failing that, those that name it in quotes (`'MOVE-7'`). Paths relative to the project root.
 */
export function checkerFiles(ids: readonly RuleId[]): ReadonlyMap<RuleId, readonly string[]> {
  // Registries (index.ts) and internals (_*.ts) name every rule; they are not where a rule is checked.
  const files = listFiles(CHECKERS_DIR)
    .map((file) => ({ path: relative(PROJECT_ROOT, file), stem: basename(file, '.ts').toLowerCase(), file }))
    .filter(({ stem }) => stem !== 'index' && !stem.startsWith('_'))
    .map(({ path, stem, file }) => ({ path, stem, text: readFileSync(file, 'utf8') }));
  return new Map(
    ids.map((id) => {
      const named = files.filter((file) => file.stem === id.toLowerCase());
      const found = named.length > 0 ? named : files.filter((file) => file.text.includes(`'${id}'`));
      return [id, found.map((file) => file.path)];
    }),
  );
}
