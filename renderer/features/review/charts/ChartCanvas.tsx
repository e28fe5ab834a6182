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

/**
 * One chart.js canvas. The canvas is hidden from assistive technology: every chart has its data as a table
 * next to it (ChartBlock), which screen readers read instead.
 */
export function ChartCanvas(props: {
  config: ChartConfiguration<'bar' | 'line'> | ChartConfiguration<'line'> | ChartConfiguration<'bar'>;
  height?: number;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = new Chart(ref.current, props.config);
    return () => chart.destroy();
  }, [props.config]);
  return (
    <div className="chart" style={{ height: props.height ?? 240 }}>
      <canvas ref={ref} aria-hidden="true" />
    </div>
  );
}
