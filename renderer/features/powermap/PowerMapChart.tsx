import { useMemo, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import type { Person, PowerMapGap } from '../../../shared/contract/people';
import { personSummary } from './describe';
import type { DrawnLink, LineGeometry } from './informal-lines';
import { InformalLines, InformalStrokes, LineMarkers, RouteBand } from './InformalLines';
import { NODE_H, NODE_W, type ChartLayout, type ChartNode } from './layout';
import { NodeCard } from './NodeCard';
import { CHART_FONT } from './text-fit';

/**
 * The org chart as one SVG: connectors, then a focusable card per stakeholder. One tab stop (roving tabindex):
 * ↑ manager, ↓ first report, ←/→ neighbours on the same level, Home/End, Enter edits, Delete moves to the trash.
 */
/** The smallest the chart is drawn before it scrolls instead: card text stays readable. */
const MIN_SCALE = 0.8;

export function PowerMapChart(props: {
  layout: ChartLayout;
  label: string;
  gaps: Map<string, PowerMapGap[]>;
  focusId: string | null;
  onFocusChange: (id: string) => void;
  onEdit: (person: Person) => void;
  onDelete: (person: Person) => void;
  svgRef: Ref<SVGSVGElement>;
  /** The informal lines to draw; null when they are switched off. */
  lines: DrawnLink[] | null;
  /** The route shown: its people are ringed, and bands join them. */
  route: { ids: Set<string>; lines: LineGeometry[] } | null;
}) {
  const { layout } = props;
  const nodeRefs = useRef(new Map<string, SVGGElement>());
  const [shownLine, setShownLine] = useState<string | null>(null);
  const byId = useMemo(() => new Map(layout.nodes.map((n) => [n.person.id, n])), [layout]);
  // Reading order: level by level, left to right.
  const order = useMemo(() => [...layout.nodes].sort((a, b) => a.depth - b.depth || a.x - b.x), [layout]);
  const current = (props.focusId && byId.get(props.focusId)) || order[0];

  function move(to: ChartNode | undefined) {
    if (!to) return;
    props.onFocusChange(to.person.id);
    nodeRefs.current.get(to.person.id)?.focus();
  }

  function onKeyDown(e: KeyboardEvent<SVGGElement>, node: ChartNode) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const level = order.filter((n) => n.depth === node.depth);
    const at = level.indexOf(node);
    const target: Record<string, () => ChartNode | undefined> = {
      ArrowUp: () => (node.parentId ? byId.get(node.parentId) : undefined),
      ArrowDown: () => (node.childIds[0] ? byId.get(node.childIds[0]) : undefined),
      ArrowLeft: () => level[at - 1],
      ArrowRight: () => level[at + 1],
      Home: () => order[0],
      End: () => order[order.length - 1],
    };
    const go = target[e.key];
    if (go) {
      e.preventDefault();
      move(go());
    } else if (e.key === 'Enter' || e.key === ' ' || e.key === 'F2') {
      e.preventDefault();
      props.onEdit(node.person);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      props.onDelete(node.person);
    }
  }

  return (
    <svg
      ref={props.svgRef}
      xmlns="http://www.w3.org/2000/svg"
      className="pm-svg"
      role="group"
      aria-label={props.label}
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      style={{ minWidth: Math.round(layout.width * MIN_SCALE) }}
      fontFamily={CHART_FONT}
    >
      <LineMarkers />
      <g aria-hidden="true">
        {layout.links.map((l) => (
          <path key={l.id} d={l.d} fill="none" style={{ stroke: 'var(--text-2)', strokeWidth: 1.5, opacity: 0.6 }} />
        ))}
      </g>
      {props.route ? <RouteBand lines={props.route.lines} /> : null}
      {props.lines ? <InformalStrokes drawn={props.lines} shownId={shownLine} /> : null}
      {layout.nodes.map((node) => {
        const p = node.person;
        const gaps = props.gaps.get(p.id) ?? [];
        const manager = node.parentId ? (byId.get(node.parentId)?.person.name ?? null) : null;
        // The card is drawn apart from the button laid over it: the button's name carries the card's words
        // (a voice user says the person's name), and no drawn text competes with it.
        return (
          <g key={p.id} transform={`translate(${node.x},${node.y})`}>
            {props.route?.ids.has(p.id) ? (
              <rect
                className="pm-on-route"
                data-on-route={p.id}
                x={-6}
                y={-6}
                width={NODE_W + 12}
                height={NODE_H + 12}
                rx={15}
                style={{ fill: 'none', stroke: 'var(--warn)', strokeWidth: 3.5 }}
              />
            ) : null}
            <NodeCard person={p} gap={gaps.length > 0} />
            <g
              ref={(el) => {
                if (el) nodeRefs.current.set(p.id, el);
                else nodeRefs.current.delete(p.id);
              }}
              className={`pm-node${gaps.length ? ' has-gap' : ''}`}
              data-person-id={p.id}
              role="button"
              tabIndex={current === node ? 0 : -1}
              aria-label={personSummary(p, manager, gaps)}
              onFocus={() => props.onFocusChange(p.id)}
              onClick={() => props.onEdit(p)}
              onKeyDown={(e) => onKeyDown(e, node)}
            >
              <rect
                className="pm-focus"
                x={-5}
                y={-5}
                width={NODE_W + 10}
                height={NODE_H + 10}
                rx={14}
                fill="none"
                stroke="none"
              />
              <rect width={NODE_W} height={NODE_H} rx={10} fill="#000" fillOpacity={0} />
            </g>
          </g>
        );
      })}
      {props.lines && props.lines.length > 0 ? (
        <InformalLines
          drawn={props.lines}
          nameOf={(id) => byId.get(id)?.person.name ?? 'someone'}
          onOpen={(id) => {
            const person = byId.get(id)?.person;
            if (person) props.onEdit(person);
          }}
          onShow={setShownLine}
        />
      ) : null}
    </svg>
  );
}
