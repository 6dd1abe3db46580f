/**
 * JSON with object keys sorted at every depth and two-space indentation, so the same value gives
 * the same bytes whatever order its objects were built in. Like JSON.stringify, `undefined`
 * properties are left out, non-finite numbers become null, and lone surrogates are escaped.
 * Takes `unknown` because the report's interfaces carry no index signature; anything that is not
 * plain JSON data (a function, a bigint, a symbol) is a programming error and throws.
 */
export function stableStringify(value: unknown, indent = 0): string {
  const pad = '  '.repeat(indent + 1);
  const close = '  '.repeat(indent);
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : 'null';
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((item: unknown) => pad + stableStringify(item, indent + 1));
    return `[\n${items.join(',\n')}\n${close}]`;
  }
  if (typeof value !== 'object') throw new TypeError(`stableStringify: cannot encode a ${typeof value}`);
  const record = value as Readonly<Record<string, unknown>>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  if (keys.length === 0) return '{}';
  const body = keys.map((key) => `${pad}${JSON.stringify(key)}: ${stableStringify(record[key], indent + 1)}`);
  return `{\n${body.join(',\n')}\n${close}}`;
}
