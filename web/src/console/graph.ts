/** What the graph reads of an Amazon States Language definition. */
export interface Definition {
  StartAt: string;
  States: Record<string, { Type: string; Next?: string; Default?: string; Catch?: { Next: string }[]; Choices?: { Next: string }[] }>;
}

const BOX = { width: 150, height: 34, gapX: 20, gapY: 46 };

/** A state's transitions: its `Next`, a Choice's branches, and its `Catch` handlers (drawn dashed). */
function transitions(state: Definition['States'][string]): { to: string; kind: 'next' | 'catch' }[] {
  return [
    ...[state.Next, state.Default, ...(state.Choices ?? []).map((c) => c.Next)]
      .filter((to): to is string => !!to)
      .map((to) => ({ to, kind: 'next' as const })),
    ...(state.Catch ?? []).map((c) => ({ to: c.Next, kind: 'catch' as const })),
  ];
}

/**
 * States in rows by their longest distance from `StartAt` (a transition back to an earlier state,
 * a loop, does not push its target down), each row centred; edges from a box's bottom to the
 * next one's top.
 */
export function layOut(definition: Definition) {
  const depth = new Map<string, number>();
  const onPath = new Set<string>();
  const visit = (name: string, d: number) => {
    if (onPath.has(name) || !definition.States[name] || (depth.get(name) ?? -1) >= d) return;
    depth.set(name, d);
    onPath.add(name);
    for (const t of transitions(definition.States[name]!)) visit(t.to, d + 1);
    onPath.delete(name);
  };
  visit(definition.StartAt, 0);
  const rows: string[][] = [];
  for (const [name, d] of depth) (rows[d] ??= []).push(name);
  const widest = Math.max(...rows.map((r) => r.length));
  const width = widest * (BOX.width + BOX.gapX) + BOX.gapX;
  const nodes = rows.flatMap((row, d) =>
    row.map((name, i) => ({
      name,
      type: definition.States[name]!.Type,
      x: (width - row.length * (BOX.width + BOX.gapX)) / 2 + BOX.gapX / 2 + i * (BOX.width + BOX.gapX),
      y: BOX.gapY / 2 + d * (BOX.height + BOX.gapY),
      width: BOX.width,
      height: BOX.height,
    })),
  );
  const at = new Map(nodes.map((n) => [n.name, n]));
  const edges = nodes.flatMap((n) =>
    transitions(definition.States[n.name]!)
      .filter((t, i, all) => at.has(t.to) && all.findIndex((o) => o.to === t.to) === i)
      .map((t) => {
        const target = at.get(t.to)!;
        return {
          from: n.name,
          to: t.to,
          kind: t.kind,
          x1: n.x + n.width / 2,
          y1: n.y + n.height,
          x2: target.x + target.width / 2,
          y2: target.y,
        };
      }),
  );
  return { nodes, edges, width, height: rows.length * (BOX.height + BOX.gapY) + BOX.gapY / 2 };
}
