/**
 * Where the informal lines go on the org chart, as a pure function of the layout: each link a gentle curve from
 * the edge of one card to the edge of the other, bowed to its left so a pair of opposite links (A influences B,
 * B trusts A) run apart instead of on top of each other, and the label point at the curve's middle. The route's
 * highlight uses the same curves between consecutive people of the path.
 * Changes with: layout.ts (card sizes), InformalLines.tsx (draws these).
 */
import type { PersonLink } from '../../../shared/contract/powermap';
import type { LinkKind } from '../../../shared/powermap/route-types';
import { NODE_H, NODE_W, type ChartNode } from './layout';

export interface LineGeometry {
  d: string;
  /** The curve's middle: where a focused line's description is shown. */
  mid: { x: number; y: number };
}

export interface DrawnLink extends LineGeometry {
  link: PersonLink;
}

/** Each kind's look: a distinct dash, a colour from the theme and, because colour is never the only sign, a word. */
export const lineStyles: Record<LinkKind, { color: string; dash: string; label: string }> = {
  influences: { color: 'accent', dash: '', label: 'Influences' },
  trusts: { color: 'won', dash: '8 5', label: 'Trusts' },
  at_odds_with: { color: 'lost', dash: '2 5', label: 'At odds with' },
};
export const lineWidth = (strength: number) => 1 + Math.min(3, Math.max(1, strength)) * 0.9;

/** The point where the ray from the card's centre towards (tx, ty) leaves the card, plus a little air. */
function edgePoint(n: ChartNode, tx: number, ty: number, air = 4): { x: number; y: number } {
  const cx = n.x + NODE_W / 2;
  const cy = n.y + NODE_H / 2;
  const dx = tx - cx;
  const dy = ty - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const scale = Math.min(
    dx === 0 ? Infinity : (NODE_W / 2 + air) / Math.abs(dx),
    dy === 0 ? Infinity : (NODE_H / 2 + air) / Math.abs(dy),
  );
  return { x: cx + dx * scale, y: cy + dy * scale };
}

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * How far the curve bows out: a share of its length, never so little that a short line hugs the tree's, never so
 * much that a line across a wide chart sweeps over whole levels.
 */
const bowOf = (length: number, bow: number) => Math.min(140, Math.max(length * bow, Math.min(90, length * 0.6)));

export function curveBetween(a: ChartNode, b: ChartNode, bow = 0.22): LineGeometry {
  const ac = { x: a.x + NODE_W / 2, y: a.y + NODE_H / 2 };
  const bc = { x: b.x + NODE_W / 2, y: b.y + NODE_H / 2 };
  const dx = bc.x - ac.x;
  const dy = bc.y - ac.y;
  const length = Math.hypot(dx, dy) || 1;
  // The control point sits off the straight line, to the left of the direction of travel.
  const off = bowOf(length, bow);
  const cx = (ac.x + bc.x) / 2 + (dy / length) * off;
  const cy = (ac.y + bc.y) / 2 - (dx / length) * off;
  const start = edgePoint(a, cx, cy);
  const end = edgePoint(b, cx, cy, 7);
  const mid = { x: 0.25 * start.x + 0.5 * cx + 0.25 * end.x, y: 0.25 * start.y + 0.5 * cy + 0.25 * end.y };
  return {
    d: `M${round(start.x)},${round(start.y)}Q${round(cx)},${round(cy)} ${round(end.x)},${round(end.y)}`,
    mid: { x: round(mid.x), y: round(mid.y) },
  };
}

/** The links whose two ends are both on the chart, strongest drawn last (on top). */
export function drawLinks(nodes: ChartNode[], links: PersonLink[]): DrawnLink[] {
  const byId = new Map(nodes.map((n) => [n.person.id, n]));
  return links
    .flatMap((link) => {
      const a = byId.get(link.fromId);
      const b = byId.get(link.toId);
      return a && b && a !== b ? [{ link, ...curveBetween(a, b) }] : [];
    })
    .sort((x, y) => x.link.strength - y.link.strength || (x.link.id < y.link.id ? -1 : 1));
}

/** The route's people that are on the chart, and the curves joining consecutive ones. */
export function routeHighlight(nodes: ChartNode[], path: string[]): { ids: Set<string>; lines: LineGeometry[] } {
  const byId = new Map(nodes.map((n) => [n.person.id, n]));
  const onChart = path.filter((id) => byId.has(id));
  const lines: LineGeometry[] = [];
  for (let i = 1; i < onChart.length; i++) {
    const a = byId.get(onChart[i - 1]!);
    const b = byId.get(onChart[i]!);
    if (a && b) lines.push(curveBetween(a, b));
  }
  return { ids: new Set(onChart), lines };
}
