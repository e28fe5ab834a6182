import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { LinkKind } from '../../../shared/powermap/route-types';
import { lineStyles, lineWidth, type DrawnLink, type LineGeometry } from './informal-lines';
import { linkSentence } from './link-words';
import { textWidth } from './text-fit';

const kinds = Object.keys(lineStyles) as LinkKind[];
export const markerId = (kind: LinkKind) => `pm-arrow-${kind}`;

/** Arrowheads per kind, coloured like their line; `context-stroke` is not drawn everywhere a PNG is made. */
export function LineMarkers() {
  return (
    <defs>
      {kinds.map((kind) => (
        <marker
          key={kind}
          id={markerId(kind)}
          viewBox="0 0 10 10"
          refX={8}
          refY={5}
          markerWidth={7}
          markerHeight={7}
          markerUnits="userSpaceOnUse"
          orient="auto-start-reverse"
        >
          <path d="M0,0L10,5L0,10z" style={{ fill: `var(--${lineStyles[kind].color})` }} />
        </marker>
      ))}
    </defs>
  );
}

/** The route's highlight: a broad soft band under the lines, from one person of the path to the next. */
export function RouteBand(props: { lines: LineGeometry[] }) {
  return (
    <g aria-hidden="true" className="pm-route-band">
      {props.lines.map((l, i) => (
        <path
          key={i}
          d={l.d}
          fill="none"
          style={{ stroke: 'var(--warn)', strokeWidth: 12, strokeOpacity: 0.35, strokeLinecap: 'round' }}
        />
      ))}
    </g>
  );
}

/** One line's visible stroke: its kind's colour and dash, its strength's width, bolder when it is the one shown. */
function Stroke(props: { d: DrawnLink; active: boolean; dim: boolean }) {
  const style = lineStyles[props.d.link.kind];
  return (
    <path
      d={props.d.d}
      fill="none"
      markerEnd={`url(#${markerId(props.d.link.kind)})`}
      style={{
        stroke: `var(--${style.color})`,
        strokeWidth: lineWidth(props.d.link.strength) + (props.active ? 1.5 : 0),
        strokeDasharray: style.dash || undefined,
        strokeLinecap: 'round',
        opacity: props.dim ? 0.45 : 0.95,
      }}
    />
  );
}

/**
 * The lines themselves, drawn under the cards so a line crossing a card never covers its words (the cards are
 * opaque); the one being read is drawn again on top by InformalLines.
 */
export function InformalStrokes(props: { drawn: DrawnLink[]; shownId: string | null }) {
  return (
    <g aria-hidden="true" data-testid="informal-strokes">
      {props.drawn.map((d) => (
        <Stroke key={d.link.id} d={d} active={false} dim={props.shownId !== null && d.link.id !== props.shownId} />
      ))}
    </g>
  );
}

/**
 * The informal lines' focus targets, over the cards. One tab stop for all of them (roving tabindex, ←/→ or ↑/↓ move
 * between lines, Enter opens the person the line starts from); the focused or hovered line is drawn bolder and
 * its description shows beside it, in words, so the dash and the colour are never the only sign.
 */
export function InformalLines(props: {
  drawn: DrawnLink[];
  nameOf: (id: string) => string;
  onOpen: (personId: string) => void;
  /** The line being read (focused, else hovered), so the strokes under the cards can dim the others. */
  onShow: (linkId: string | null) => void;
}) {
  const [focused, setFocused] = useState<string | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const [stop, setStop] = useState<string | null>(null);
  const shownId = focused ?? hovered;
  const { onShow } = props;
  useEffect(() => onShow(shownId), [shownId, onShow]);
  const refs = useRef(new Map<string, SVGGElement>());
  const current = props.drawn.find((d) => d.link.id === stop) ?? props.drawn[0];
  const shown = props.drawn.find((d) => d.link.id === shownId);
  const sentence = (d: DrawnLink) => linkSentence(d.link, props.nameOf(d.link.fromId), props.nameOf(d.link.toId));

  function onKeyDown(e: KeyboardEvent<SVGGElement>, at: number) {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
    if (step !== undefined || e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      const n = props.drawn.length;
      const to = e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : (at + (step ?? 0) + n) % n;
      const id = props.drawn[to]?.link.id;
      if (id) {
        setStop(id);
        refs.current.get(id)?.focus();
      }
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      const from = props.drawn[at]?.link.fromId;
      if (from) props.onOpen(from);
    }
  }

  return (
    <g className="pm-lines" role="group" aria-label="Informal lines">
      {props.drawn.map((d, i) => {
        return (
          <g
            key={d.link.id}
            ref={(el) => {
              if (el) refs.current.set(d.link.id, el);
              else refs.current.delete(d.link.id);
            }}
            className="pm-line"
            data-link-kind={d.link.kind}
            role="button"
            tabIndex={d === current ? 0 : -1}
            aria-label={sentence(d)}
            onFocus={() => {
              setFocused(d.link.id);
              setStop(d.link.id);
            }}
            onBlur={() => setFocused(null)}
            onMouseEnter={() => setHovered(d.link.id)}
            onMouseLeave={() => setHovered(null)}
            onClick={() => props.onOpen(d.link.fromId)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {/* Narrow, so a line across a card takes little of the card's own click. */}
            <path d={d.d} fill="none" className="pm-line-hit" style={{ stroke: 'transparent', strokeWidth: 8 }} />
            {d === shown ? <Stroke d={d} active dim={false} /> : null}
          </g>
        );
      })}
      {shown ? <LineCaption at={shown.mid} text={sentence(shown)} /> : null}
    </g>
  );
}

function LineCaption(props: { at: { x: number; y: number }; text: string }) {
  const width = textWidth(props.text, 12.5, 600) + 20;
  return (
    <g transform={`translate(${Math.round(props.at.x - width / 2)},${Math.round(props.at.y - 30)})`} aria-hidden="true">
      <rect width={width} height={24} rx={6} style={{ fill: 'var(--text)', opacity: 0.92 }} />
      <text x={10} y={16.5} fontSize={12.5} fontWeight={600} style={{ fill: 'var(--bg)' }}>
        {props.text}
      </text>
    </g>
  );
}
