/**
 * The chart as a PNG file: clone the live SVG, give the clone the theme's colours (the cards reference CSS
 * variables, which a standalone SVG image does not inherit) and a heading with the gaps, draw it into a canvas
 * through an <img> of a blob URL (the CSP allows blob: images), and download the canvas as PNG.
 */
import { CHART_FONT, fitText, textWidth } from './text-fit';

const SVG_NS = 'http://www.w3.org/2000/svg';
const THEME = [
  'bg',
  'surface',
  'surface-2',
  'border',
  'text',
  'text-2',
  'accent',
  'accent-soft',
  'won',
  'won-soft',
  'lost',
  'lost-soft',
  'neutral-soft',
  'warn',
  'warn-soft',
];
/** Chromium refuses canvases past 16,384 px a side; stay well inside its area limit as well. */
const MAX_SIDE = 16_000;
const MAX_AREA = 120_000_000;
const PAD = 24;
const MAX_LINE = 900;

export interface PngHeading {
  title: string;
  subtitle: string;
  /** Shown under the subtitle, one per line (the gaps). */
  notes: string[];
  /** The line styles drawn, in one row under the notes (empty: no informal lines on the chart). */
  legend?: { label: string; color: string; dash: string }[];
}

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>, text?: string) {
  const node = document.createElementNS(SVG_NS, name);
  // Styles through the CSSOM: a style attribute set as markup is inline style, which the CSP refuses.
  for (const [k, v] of Object.entries(attrs))
    if (k === 'style') node.style.cssText = String(v);
    else node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A standalone SVG document: the chart under a heading, with every theme colour defined on the root. */
export function standaloneSvg(
  svg: SVGSVGElement,
  heading: PngHeading,
): { markup: string; width: number; height: number } {
  const chartW = Number(svg.getAttribute('width'));
  const chartH = Number(svg.getAttribute('height'));
  const notes = heading.notes.map((n) => fitText(`⚠ ${n}`, MAX_LINE, 13));
  const legend = heading.legend ?? [];
  const legendY = PAD + 64 + notes.length * 20;
  const legendW = legend.reduce((w, item) => w + 44 + textWidth(item.label, 12.5) + 18, 0);
  const headW = Math.max(
    textWidth(heading.title, 20, 700),
    textWidth(heading.subtitle, 13),
    ...notes.map((n) => textWidth(n, 13)),
    legendW,
  );
  const headH = PAD + 24 + 20 + notes.length * 20 + (legend.length ? 28 : 0) + 8;
  const width = Math.ceil(Math.max(chartW, headW + PAD * 2));
  const height = Math.ceil(chartH + headH);

  const computed = getComputedStyle(document.documentElement);
  const vars = THEME.map((name) => `--${name}: ${computed.getPropertyValue(`--${name}`).trim()}`).join('; ');
  const root = el('svg', {
    xmlns: SVG_NS,
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': CHART_FONT,
  });
  root.style.cssText = vars;
  root.append(el('rect', { width, height, style: 'fill: var(--bg)' }));
  root.append(
    el('text', { x: PAD, y: PAD + 18, 'font-size': 20, 'font-weight': 700, style: 'fill: var(--text)' }, heading.title),
  );
  root.append(el('text', { x: PAD, y: PAD + 40, 'font-size': 13, style: 'fill: var(--text-2)' }, heading.subtitle));
  notes.forEach((note, i) =>
    root.append(
      el(
        'text',
        { x: PAD, y: PAD + 64 + i * 20, 'font-size': 13, 'font-weight': 600, style: 'fill: var(--warn)' },
        note,
      ),
    ),
  );
  let x = PAD;
  for (const item of legend) {
    const y = legendY - 4;
    const stroke = `stroke: var(--${item.color}); stroke-width: 2.5; stroke-linecap: round`;
    root.append(
      el('path', {
        d: `M${x},${y}H${x + 30}`,
        fill: 'none',
        style: item.dash ? `${stroke}; stroke-dasharray: ${item.dash}` : stroke,
      }),
    );
    root.append(el('text', { x: x + 38, y: y + 4.5, 'font-size': 12.5, style: 'fill: var(--text)' }, item.label));
    x += 44 + textWidth(item.label, 12.5) + 18;
  }
  const chart = el('g', { transform: `translate(${Math.round((width - chartW) / 2)},${headH})` });
  for (const child of Array.from(svg.cloneNode(true).childNodes)) chart.append(child);
  root.append(chart);
  return { markup: new XMLSerializer().serializeToString(root), width, height };
}

export async function svgToPng(svg: SVGSVGElement, heading: PngHeading): Promise<Blob> {
  const { markup, width, height } = standaloneSvg(svg, heading);
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const scale = Math.min(2, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height)));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This window cannot draw images.');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a blob through the browser's own download (Electron shows its save dialog). */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download reads the URL after this task ends; free it once it surely has.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "Power map - Nordhaven Logistics.png", without characters file systems refuse. */
export function pngFileName(accountName: string): string {
  const printable = [...accountName].map((ch) => (ch.charCodeAt(0) < 32 ? ' ' : ch)).join('');
  const safe =
    printable
      .replace(/[\\/:*?"<>|]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80) || 'customer';
  return `Power map - ${safe}.png`;
}
