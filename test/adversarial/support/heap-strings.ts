// Reads every string a V8 heap snapshot holds, rebuilding concatenated (cons) strings from their parts, so a search cannot miss a split secret. Must not import main/.
import { z } from 'zod';

const snapshotSchema = z.object({
  snapshot: z.object({
    meta: z.object({
      node_fields: z.array(z.string()),
      node_types: z.tuple([z.array(z.string())], z.unknown()),
      edge_fields: z.array(z.string()),
      edge_types: z.tuple([z.array(z.string())], z.unknown()),
    }),
  }),
  nodes: z.array(z.number()),
  edges: z.array(z.number()),
  strings: z.array(z.string()),
});

/** Longest text rebuilt for one concatenated string; far above any secret or token. */
const maxRebuiltLength = 1_000_000;

function fieldIndex(fields: readonly string[], name: string): number {
  const index = fields.indexOf(name);
  if (index < 0) throw new Error(`heap snapshot without a "${name}" field`);
  return index;
}

/**
 * Every flat string V8 named (start Chromium with --js-flags=--heap-snapshot-string-limit=… or long ones are cut at
 * 1024 characters), plus every outermost concatenated string rebuilt from its `first` and `second` parts. Sliced
 * strings need nothing: their parent is a flat string holding their text.
 */
export function heapStrings(snapshotJson: string): string[] {
  const { snapshot, nodes, edges, strings } = snapshotSchema.parse(JSON.parse(snapshotJson));
  const { node_fields: nodeFields, edge_fields: edgeFields } = snapshot.meta;
  const [nodeTypes] = snapshot.meta.node_types;
  const [edgeTypes] = snapshot.meta.edge_types;
  const node = { width: nodeFields.length, type: fieldIndex(nodeFields, 'type'), name: fieldIndex(nodeFields, 'name'), edges: fieldIndex(nodeFields, 'edge_count') };
  const edge = { width: edgeFields.length, type: fieldIndex(edgeFields, 'type'), name: fieldIndex(edgeFields, 'name_or_index'), to: fieldIndex(edgeFields, 'to_node') };
  const value = (array: readonly number[], index: number): number => array[index] ?? -1;
  const count = nodes.length / node.width;
  const firstEdge: number[] = [];
  for (let id = 0, next = 0; id < count; id += 1) {
    firstEdge.push(next);
    next += value(nodes, id * node.width + node.edges) * edge.width;
  }
  const typeOf = (id: number): string => nodeTypes[value(nodes, id * node.width + node.type)] ?? '';
  const nameOf = (id: number): string => strings[value(nodes, id * node.width + node.name)] ?? '';
  /** The `first` and `second` parts of a concatenated string, in order. */
  const partsOf = (id: number): number[] => {
    const parts: Record<string, number> = {};
    const start = firstEdge[id] ?? 0;
    const end = start + value(nodes, id * node.width + node.edges) * edge.width;
    for (let at = start; at < end; at += edge.width) {
      if (edgeTypes[value(edges, at + edge.type)] !== 'internal') continue;
      const name = strings[value(edges, at + edge.name)] ?? '';
      if (name === 'first' || name === 'second') parts[name] = value(edges, at + edge.to) / node.width;
    }
    return [parts['first'], parts['second']].filter((part) => part !== undefined);
  };
  const rebuild = (root: number): string => {
    let text = '';
    const stack = [root];
    for (let id = stack.pop(); id !== undefined && text.length < maxRebuiltLength; id = stack.pop()) {
      if (typeOf(id) === 'concatenated string') stack.push(...partsOf(id).reverse());
      else if (typeOf(id) === 'string') text += nameOf(id);
    }
    return text;
  };
  const consIds = Array.from({ length: count }, (_, id) => id).filter((id) => typeOf(id) === 'concatenated string');
  const inner = new Set(consIds.flatMap(partsOf));
  return [...strings, ...consIds.filter((id) => !inner.has(id)).map(rebuild)];
}
