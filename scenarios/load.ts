import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { DEFAULT_POLICIES, DEFAULT_PROFILE, InputError } from '../domain/index.ts';
import { formatPath, fromZodIssue, printable, quoteShort, type Issue } from './_issue.ts';
import { lineOf } from './_locate.ts';
import { compileExpectations } from './compile/compile-expectations.ts';
import { compileFound } from './compile/compile-found.ts';
import { compileScript } from './compile/compile-script.ts';
import { compileWorld } from './compile/compile-world.ts';
import { validateScenarioInput } from './compile/validate-scenario-input.ts';
import type { Scenario } from './scenario.ts';
import { scenarioSchema, type ScenarioInput } from './schema/scenario-schema.ts';
import { DEFAULT_SCENARIO_START, parseTime } from './time-text.ts';

/**
 * A scenario from YAML text. Every problem — invalid YAML, a wrong type, an unknown key, a
 * missing field, a duplicate ID, a dangling reference — is thrown as ONE InputError naming the
 * file, the line, the field path, what was expected and what was found.
 */
export function parseScenario(text: string, fileName: string): Scenario {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError !== undefined) {
    const line = yamlError.linePos?.[0].line ?? lineCounter.linePos(yamlError.pos[0]).line;
    const what = yamlError.message.split('\n')[0] ?? yamlError.message;
    throw new InputError('YAML_SYNTAX', fileName, `line ${line}`, 'valid YAML', printable(what));
  }
  const raise = (issue: Issue): never => {
    const line = lineOf(doc, lineCounter, issue.path, issue.atKey === true);
    throw new InputError(
      issue.code,
      fileName,
      `line ${line}, ${formatPath(issue.path)}`,
      issue.expected,
      issue.found,
    );
  };
  const parsed = scenarioSchema.safeParse(toPlain(doc, lineCounter, fileName), { reportInput: true });
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    if (first !== undefined) raise(fromZodIssue(first));
    throw new InputError('SCENARIO_SCHEMA', fileName, null, 'a scenario', 'an invalid document');
  }
  const input = parsed.data;
  const worldIssue = validateScenarioInput(input)[0];
  if (worldIssue !== undefined) raise(worldIssue);
  const start = parseTime(input.start ?? DEFAULT_SCENARIO_START, 0) ?? 0;
  const { world, script } =
    input.found === undefined ? compileInput(input, start, raise) : compileFound(input.found, fileName);
  const { expectations, issues } = compileExpectations(input.expect, world, script, start);
  if (issues[0] !== undefined) raise(issues[0]);
  return {
    ref: { id: input.id, title: input.title, file: fileName, targets: input.targets },
    description: input.description ?? '',
    world,
    script,
    options: {
      policies: { ...DEFAULT_POLICIES, ...definedOnly(input.policies ?? {}) },
      profile: input.profile ?? DEFAULT_PROFILE,
    },
    expectations,
    ...(input.found === undefined
      ? {}
      : {
          found: {
            system: input.found.system,
            seed: input.found.seed,
            path: input.found.path,
            replay: input.found.replay ?? null,
          },
        }),
  };
}

/** The world and script written in the scenario's own shorthand. */
function compileInput(input: ScenarioInput, start: number, raise: (issue: Issue) => never) {
  const { world, ctx } = compileWorld(input, start);
  const { script, issues } = compileScript(input.script ?? [], world, ctx);
  if (issues[0] !== undefined) raise(issues[0]);
  return { world, script };
}

/**
 * The document as plain data. yaml reports an unresolved alias or an alias bomb only here, by
 * throwing (a ReferenceError): that is bad input, so it becomes an InputError like any other.
 */
function toPlain(doc: Document, lineCounter: LineCounter, fileName: string): unknown {
  try {
    return doc.toJS({ maxAliasCount: 1_000 });
  } catch (error) {
    const what = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    const line = lineCounter.linePos(doc.contents?.range?.[0] ?? 0).line;
    throw new InputError(
      'YAML_SYNTAX',
      fileName,
      `line ${line}`,
      'valid YAML with every alias defined before use, and few of them',
      quoteShort(what, 120),
    );
  }
}

/** A scenario file: read as UTF-8 text (binary content is bad input, not a crash), then parsed. */
export function loadScenarioFile(path: string): Scenario {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError('SCENARIO_FILE', path, null, 'a readable scenario file', reason);
  }
  return parseScenario(decodeText(bytes, path), path);
}

/**
 * Every scenario in the given files and folders (folders recursively: *.yaml and *.yml), sorted
 * by path so that a run is the same on every machine.
 */
export function loadScenarios(pathsOrDirs: readonly string[]): Scenario[] {
  const files = new Set<string>();
  for (const path of pathsOrDirs) for (const file of scenarioFiles(path)) files.add(file);
  return [...files].sort().map(loadScenarioFile);
}

function scenarioFiles(path: string): string[] {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch {
    throw new InputError('SCENARIO_FILE', path, null, 'an existing scenario file or folder', 'nothing there');
  }
  if (!isDirectory) return [path];
  return readdirSync(path, { withFileTypes: true }).flatMap((entry) => {
    const child = join(path, entry.name);
    if (entry.isDirectory()) return scenarioFiles(child);
    return ['.yaml', '.yml'].includes(extname(entry.name)) ? [child] : [];
  });
}

function decodeText(bytes: Buffer, path: string): string {
  const nul = bytes.indexOf(0);
  if (nul !== -1)
    throw new InputError(
      'SCENARIO_ENCODING',
      path,
      `byte ${nul}`,
      'a UTF-8 text (YAML) file',
      'binary data (a NUL byte)',
    );
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(
      'SCENARIO_ENCODING',
      path,
      null,
      'a UTF-8 text (YAML) file',
      'bytes that are not UTF-8',
    );
  }
}

function definedOnly<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}
