import { useEffect, useRef } from 'react';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { usePalette } from '../use-palette';
import { palettes, type Palette } from './palette';

// Only what the review draws, so the bundle carries no unused chart types.
Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
);

export type ReviewChartConfig =
  ChartConfiguration<'bar' | 'line'> | ChartConfiguration<'line'> | ChartConfiguration<'bar'>;

/**
 * The width, in CSS px, a chart is drawn at for paper: about the printable width of A4 and Letter with the print
 * stylesheet's margins (186–192 mm). print.css then scales the canvas to the column's exact width, keeping its
 * proportions, so a few per cent either way only changes the scale, never cuts the chart.
 */
export const PRINT_WIDTH = 700;
/** Backing-store pixels per CSS px on paper: sharp at 300 dpi without a huge canvas. */
const PRINT_PIXEL_RATIO = 3;

/**
 * One chart.js canvas. The canvas is hidden from assistive technology: every chart has its data as a table
 * next to it (ChartBlock), which screen readers read instead.
 *
 * Printing: chart.js does not resize for print by itself (its docs, "Printing resizable charts"), and the screen
 * chart may be wider than paper and drawn in the dark palette. So on `beforeprint` the chart is redrawn in the
 * light palette at paper width, and on `afterprint` the screen chart comes back.
 */
export function ChartCanvas(props: { build: (p: Palette) => ReviewChartConfig; height?: number }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const palette = usePalette();
  const height = props.height ?? 240;
  const { build } = props;
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    let chart = new Chart(canvas, build(palette));
    const beforePrint = () => {
      chart.destroy();
      chart = new Chart(canvas, build(palettes.light));
      chart.options.devicePixelRatio = PRINT_PIXEL_RATIO;
      chart.resize(PRINT_WIDTH, height);
    };
    const afterPrint = () => {
      chart.destroy();
      chart = new Chart(canvas, build(palette));
    };
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    return () => {
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
      chart.destroy();
    };
  }, [build, palette, height]);
  return (
    <div className="chart" style={{ height }}>
      <canvas ref={ref} aria-hidden="true" />
    </div>
  );
}
