import type { z } from 'zod';

/** A fast yes/no check of a value against a schema. */
export type Guard = (value: unknown) => boolean;

/** Loosely typed view of zod's internal definitions: only the fields read here. */
interface Def {
  readonly type: string;
  readonly checks?: readonly { readonly _zod: { readonly def: CheckDef } }[];
  readonly shape?: Readonly<Record<string, Schema>>;
  readonly element?: Schema;
  readonly innerType?: Schema;
  readonly options?: readonly Schema[];
  readonly discriminator?: string;
  readonly entries?: Readonly<Record<string, string | number>>;
  readonly values?: readonly unknown[];
  readonly valueType?: Schema;
  readonly items?: readonly Schema[];
}
interface CheckDef {
  readonly check: string;
  readonly minimum?: number;
  readonly value?: number;
  readonly inclusive?: boolean;
  readonly format?: string;
}
type Schema = z.core.$ZodType;

const defOf = (schema: Schema): Def => schema._zod.def;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Compiles a zod schema into a plain predicate, for the hot path of the seam: zod builds a parsed
 * copy of every value and costs tens of µs per small object, too much per step of an exploration.
 * Same answers as `schema.safeParse(v).success` (test/seam/compile-guard.test.ts checks it on
 * mutated answers); a construct it does not know falls back to zod itself for that node.
 */
export function compileGuard(schema: Schema): Guard {
  const def = defOf(schema);
  const base = compileType(schema, def);
  const checks = (def.checks ?? []).map((check) => compileCheck(check._zod.def, schema));
  if (checks.length === 0) return base;
  // Loops rather than `every`: no closure allocated per value on the hot path.
  return (value) => {
    if (!base(value)) return false;
    for (const check of checks) if (!check(value)) return false;
    return true;
  };
}

function compileCheck(check: CheckDef, schema: Schema): Guard {
  switch (check.check) {
    case 'min_length':
      return (value) => (value as { length: number }).length >= (check.minimum ?? 0);
    case 'greater_than':
      return (value) =>
        check.inclusive === true
          ? (value as number) >= (check.value ?? 0)
          : (value as number) > (check.value ?? 0);
    case 'number_format':
      return check.format === 'safeint' ? (value) => Number.isSafeInteger(value) : slow(schema);
    default:
      return slow(schema);
  }
}

function slow(schema: Schema): Guard {
  return (value) => (schema as z.ZodType).safeParse(value).success;
}

function compileType(schema: Schema, def: Def): Guard {
  switch (def.type) {
    case 'string':
      return (value) => typeof value === 'string';
    case 'number':
      return (value) => typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'unknown':
      return () => true;
    case 'literal': {
      const values = def.values ?? [];
      const [only] = values;
      // `===` for the one value, except NaN (which `includes` finds, as zod's literal does).
      return values.length === 1 && !Number.isNaN(only)
        ? (value) => value === only
        : (value) => values.includes(value);
    }
    case 'enum': {
      const values = new Set(Object.values(def.entries ?? {}));
      return (value) => (typeof value === 'string' || typeof value === 'number') && values.has(value);
    }
    case 'nullable': {
      const inner = compileGuard(def.innerType as Schema);
      return (value) => value === null || inner(value);
    }
    case 'optional': {
      const inner = compileGuard(def.innerType as Schema);
      return (value) => value === undefined || inner(value);
    }
    case 'array': {
      const element = compileGuard(def.element as Schema);
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (const item of value) if (!element(item)) return false;
        return true;
      };
    }
    case 'tuple': {
      const items = (def.items ?? []).map(compileGuard);
      return (value) => {
        if (!Array.isArray(value) || value.length !== items.length) return false;
        for (let i = 0; i < items.length; i += 1) if (!(items[i] as Guard)(value[i])) return false;
        return true;
      };
    }
    case 'record': {
      const valueGuard = compileGuard(def.valueType as Schema);
      return (value) => {
        if (!isRecord(value)) return false;
        for (const key in value) if (!valueGuard(value[key])) return false;
        return true;
      };
    }
    case 'object': {
      const shape = def.shape ?? {};
      const keys = Object.keys(shape);
      const fields = keys.map((key) => compileGuard(shape[key] as Schema));
      return (value) => {
        if (!isRecord(value)) return false;
        for (let i = 0; i < keys.length; i += 1)
          if (!(fields[i] as Guard)(value[keys[i] as string])) return false;
        return true;
      };
    }
    case 'union':
      return def.discriminator === undefined
        ? compileUnion(def)
        : compileDiscriminated(def, def.discriminator);
    default:
      return slow(schema);
  }
}

function compileUnion(def: Def): Guard {
  const options = (def.options ?? []).map(compileGuard);
  return (value) => {
    for (const option of options) if (option(value)) return true;
    return false;
  };
}

/** A discriminated union: one lookup of the discriminator's value, then that option's guard. */
function compileDiscriminated(def: Def, key: string): Guard {
  const byValue = new Map<unknown, Guard>();
  for (const option of def.options ?? []) {
    const literal = defOf(option).shape?.[key];
    const guard = compileGuard(option);
    for (const value of literal === undefined ? [] : (defOf(literal).values ?? [])) byValue.set(value, guard);
  }
  return (value) => isRecord(value) && byValue.get(value[key])?.(value) === true;
}
