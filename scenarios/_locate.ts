import { isMap, isNode, isPair, isScalar, isSeq, type Document, type LineCounter } from 'yaml';

/**
 * The line (1-based) of the node at `path` in a parsed YAML document, or of its deepest existing
 * ancestor when the path does not exist (a missing field is reported where its parent is).
 */
export function lineOf(
  doc: Document,
  lineCounter: LineCounter,
  path: readonly (string | number)[],
  atKey = false,
): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const [index, part] of path.entries()) {
    const last = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && keyText(item.key) === String(part));
      if (pair === undefined) break;
      const keyStart = rangeStart(pair.key);
      const valueStart = rangeStart(pair.value);
      if ((last && atKey) || valueStart === null) {
        offset = keyStart ?? offset;
        break;
      }
      offset = valueStart;
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      const item: unknown = node.items[part];
      const start = rangeStart(item);
      if (start === null) break;
      offset = start;
      node = item;
    } else break;
  }
  return lineCounter.linePos(offset).line;
}

function keyText(key: unknown): string {
  if (isScalar(key)) return String(key.value);
  return String(key);
}

function rangeStart(node: unknown): number | null {
  if (!isNode(node)) return null;
  const range = node.range;
  return range === null || range === undefined ? null : range[0];
}
