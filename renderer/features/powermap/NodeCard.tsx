/**
 * One stakeholder's card in the SVG chart. Colours are `var(--…)` references in inline styles, so the card
 * follows the theme on screen and the PNG export only has to define the variables on the cloned <svg>.
 * Every colour has its word beside it (attitude, roles, gap): colour is never the only signal.
 */
import type { Person } from '../../../shared/contract/people';
import type { Attitude, NetworkRole } from '../../../shared/domain/vocabulary';
import {
  attitudeLabels,
  buyingRoleLabels,
  influenceLabels,
  networkRoleLabels,
} from '../../../shared/domain/vocabulary';
import { connectorKindLabels } from './connector-words';
import { byStrength, ownerText } from './describe';
import { NODE_H, NODE_W } from './layout';
import { fitText, textWidth } from './text-fit';

const PAD = 14;
const INNER = NODE_W - PAD * 2;
const fill = (name: string) => ({ fill: `var(--${name})` });

type Tone = 'accent' | 'won' | 'lost' | 'neutral' | 'warn';
const tones: Record<Tone, { bg: string; fg: string }> = {
  accent: { bg: 'accent-soft', fg: 'accent' },
  won: { bg: 'won-soft', fg: 'won' },
  lost: { bg: 'lost-soft', fg: 'lost' },
  neutral: { bg: 'neutral-soft', fg: 'text-2' },
  warn: { bg: 'warn-soft', fg: 'warn' },
};
const attitudeTone: Record<Attitude, Tone> = { supporter: 'won', neutral: 'neutral', opponent: 'lost' };
const networkTone: Record<NetworkRole, Tone> = { champion: 'won', blocker: 'lost', connector: 'neutral' };
const attitudeMark: Record<Attitude, string> = { supporter: '+', neutral: '○', opponent: '−' };

/** A rounded label; returns its width so the next pill can follow it. */
function Pill(props: { x: number; y: number; text: string; tone: Tone; maxWidth: number }) {
  const text = fitText(props.text, props.maxWidth - 16, 11.5, 600);
  const width = Math.min(props.maxWidth, textWidth(text, 11.5, 600) + 16);
  const tone = tones[props.tone];
  return (
    <g transform={`translate(${props.x},${props.y})`}>
      <rect width={width} height={20} rx={10} style={fill(tone.bg)} />
      <text x={8} y={14} fontSize={11.5} fontWeight={600} style={fill(tone.fg)}>
        {text}
      </text>
    </g>
  );
}

function pillWidth(text: string, maxWidth: number): number {
  return Math.min(maxWidth, textWidth(fitText(text, maxWidth - 16, 11.5, 600), 11.5, 600) + 16);
}

/** Three bars, filled up to the influence level: a picture of the word printed beside it. */
function InfluenceBars(props: { x: number; y: number; level: Person['influence'] }) {
  const filled = { low: 1, medium: 2, high: 3 }[props.level];
  return (
    <g transform={`translate(${props.x},${props.y})`} aria-hidden="true">
      {[0, 1, 2].map((i) => (
        <rect
          key={i}
          x={i * 6}
          y={10 - (i + 1) * 3.5}
          width={4}
          height={(i + 1) * 3.5}
          rx={1}
          style={fill(i < filled ? 'text' : 'border')}
        />
      ))}
    </g>
  );
}

export function NodeCard(props: { person: Person; gap: boolean }) {
  const p = props.person;
  const pills: { text: string; tone: Tone }[] = [];
  if (p.side === 'connector')
    pills.push({ text: `${connectorKindLabels[p.connectorKind ?? 'partner']} · outside`, tone: 'warn' });
  if (p.buyingRole) pills.push({ text: buyingRoleLabels[p.buyingRole], tone: 'accent' });
  if (p.networkRole) pills.push({ text: networkRoleLabels[p.networkRole], tone: networkTone[p.networkRole] });
  let pillX = PAD;
  const placedPills = pills.map((pill) => {
    const max = Math.max(40, PAD + INNER - pillX);
    const at = { ...pill, x: pillX, maxWidth: max };
    pillX += pillWidth(pill.text, max) + 6;
    return at;
  });
  const owners = byStrength(p.relationships);
  const ownerLines = owners.length > 2 ? [ownerText(owners[0]!), `+ ${owners.length - 1} more`] : owners.map(ownerText);
  const attitude = `${attitudeMark[p.attitude]} ${attitudeLabels[p.attitude]}`;
  const influence = `${influenceLabels[p.influence]} influence`;

  // The node's button says all of this in words; the drawing itself is hidden from screen readers.
  return (
    <g aria-hidden="true">
      <rect
        width={NODE_W}
        height={NODE_H}
        rx={10}
        style={{
          ...fill('surface'),
          stroke: `var(--${props.gap ? 'warn' : 'border'})`,
          strokeWidth: props.gap ? 2 : 1,
        }}
      />
      <text x={PAD} y={26} fontSize={14.5} fontWeight={650} style={fill('text')}>
        {fitText(p.name, props.gap ? INNER - 58 : INNER, 14.5, 650)}
      </text>
      <text x={PAD} y={44} fontSize={12} style={fill('text-2')}>
        {p.title ? fitText(p.title, INNER, 12) : 'No title'}
      </text>
      {placedPills.length ? (
        placedPills.map((pill) => <Pill key={pill.text} y={54} {...pill} />)
      ) : (
        <text x={PAD} y={68} fontSize={12} fontStyle="italic" style={fill('text-2')}>
          Role not known
        </text>
      )}
      <Pill x={PAD} y={82} text={attitude} tone={attitudeTone[p.attitude]} maxWidth={110} />
      <text x={NODE_W - PAD - 22} y={96} fontSize={12} textAnchor="end" style={fill('text-2')}>
        {influence}
      </text>
      <InfluenceBars x={NODE_W - PAD - 16} y={85} level={p.influence} />
      <line x1={PAD} x2={NODE_W - PAD} y1={112.5} y2={112.5} style={{ stroke: 'var(--border)' }} />
      {ownerLines.length ? (
        ownerLines.map((line, i) => (
          <text key={line} x={PAD} y={130 + i * 16} fontSize={12} style={fill(i === 0 ? 'text' : 'text-2')}>
            {fitText(line, INNER, 12)}
          </text>
        ))
      ) : (
        // Warning colour only where it is a gap (decision maker, blocker); elsewhere it is just a fact.
        <text
          x={PAD}
          y={130}
          fontSize={12}
          fontWeight={props.gap ? 600 : 400}
          fontStyle={props.gap ? undefined : 'italic'}
          style={fill(props.gap ? 'warn' : 'text-2')}
        >
          No one on the team knows them
        </text>
      )}
      {props.gap ? (
        <g transform={`translate(${NODE_W - PAD - 48},${12})`}>
          <rect width={48} height={20} rx={10} style={{ ...fill('warn-soft'), stroke: 'var(--warn)' }} />
          <text x={24} y={14} fontSize={11.5} fontWeight={700} textAnchor="middle" style={fill('warn')}>
            ⚠ Gap
          </text>
        </g>
      ) : null}
    </g>
  );
}
