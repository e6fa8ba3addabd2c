/** The kinds of object that showed finished requests held in memory (docs/scaling.md, "Ninth pass"). */
export const HELD_REQUEST_KINDS = [
  { key: "ServerResponse", label: "ServerResponse (one per request still held)" },
  { key: "IncomingMessage", label: "IncomingMessage" },
  { key: "Immediate", label: "Immediate (setImmediate callbacks)" },
  { key: "renderCompleted", label: "Error \"This render completed successfully…\" (React's abort reason)" },
] as const;

export type HeldKind = (typeof HELD_REQUEST_KINDS)[number]["key"];

export interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]]; edge_fields: string[]; edge_types: [string[], ...unknown[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

const RENDER_COMPLETED = /^This render completed successfully/;

/**
 * Counts a V8 heap snapshot's objects by constructor name for HELD_REQUEST_KINDS; React's abort reasons
 * are the Error objects whose `message` property is its "render completed" text.
 */
export function countHeapObjects(snapshot: HeapSnapshot): Map<HeldKind, number> {
  const { meta } = snapshot.snapshot;
  const nodeFields = meta.node_fields.length;
  const edgeFields = meta.edge_fields.length;
  const [typeOf, nameOf, edgeCountOf] = ["type", "name", "edge_count"].map((f) => meta.node_fields.indexOf(f)) as [number, number, number];
  const [edgeTypeOf, edgeNameOf, edgeToOf] = ["type", "name_or_index", "to_node"].map((f) => meta.edge_fields.indexOf(f)) as [number, number, number];
  const objectType = meta.node_types[0].indexOf("object");
  const propertyEdge = meta.edge_types[0].indexOf("property");
  const wanted = new Set<string>(HELD_REQUEST_KINDS.map((k) => k.key));
  const counts = new Map<HeldKind, number>();
  const add = (key: HeldKind) => counts.set(key, (counts.get(key) ?? 0) + 1);
  const { nodes, edges, strings } = snapshot;
  let edge = 0;
  for (let node = 0; node < nodes.length; node += nodeFields) {
    const edgeCount = nodes[node + edgeCountOf]!;
    if (nodes[node + typeOf] === objectType) {
      const name = strings[nodes[node + nameOf]!]!;
      if (wanted.has(name)) add(name as HeldKind);
      if (name === "Error") {
        for (let e = edge; e < edge + edgeCount * edgeFields; e += edgeFields) {
          if (edges[e + edgeTypeOf] !== propertyEdge || strings[edges[e + edgeNameOf]!] !== "message") continue;
          if (RENDER_COMPLETED.test(strings[nodes[edges[e + edgeToOf]! + nameOf]!] ?? "")) add("renderCompleted");
        }
      }
    }
    edge += edgeCount * edgeFields;
  }
  return counts;
}
