/**
 * SVG text does not wrap or ellipsise, and the chart must stay pure SVG so it can become a PNG. Text is measured
 * with a canvas in the same font and cut with an ellipsis; the full text stays in the node's accessible name.
 */
export const CHART_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

let context: CanvasRenderingContext2D | null | undefined;
const cache = new Map<string, string>();

function measure(): CanvasRenderingContext2D | null {
  if (context === undefined) context = document.createElement('canvas').getContext('2d');
  return context;
}

/** `text`, shortened with "…" if it is wider than `maxWidth` pixels in `size`px at `weight`. */
export function fitText(text: string, maxWidth: number, size: number, weight = 400): string {
  const key = `${weight}|${size}|${maxWidth}|${text}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const ctx = measure();
  let result = text;
  if (ctx) {
    ctx.font = `${weight} ${size}px ${CHART_FONT}`;
    if (ctx.measureText(text).width > maxWidth) {
      let lo = 0;
      let hi = text.length;
      // Binary search the longest prefix that fits with the ellipsis.
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (ctx.measureText(`${text.slice(0, mid).trimEnd()}…`).width <= maxWidth) lo = mid;
        else hi = mid - 1;
      }
      result = `${text.slice(0, lo).trimEnd()}…`;
    }
  } else if (text.length * size * 0.55 > maxWidth) {
    result = `${text.slice(0, Math.max(1, Math.floor(maxWidth / (size * 0.55)) - 1))}…`;
  }
  if (cache.size > 2000) cache.clear();
  cache.set(key, result);
  return result;
}

/** Width of `text` in pixels (for placing a pill behind it). */
export function textWidth(text: string, size: number, weight = 400): number {
  const ctx = measure();
  if (!ctx) return text.length * size * 0.55;
  ctx.font = `${weight} ${size}px ${CHART_FONT}`;
  return ctx.measureText(text).width;
}
