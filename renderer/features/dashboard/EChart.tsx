import { useEffect, useRef } from 'react';
import { echarts, type ChartOption } from './echarts';

/** Width of a chart on A4 between 16 mm margins (178 mm at 96 px per inch). */
const PRINT_WIDTH_PX = 670;

/**
 * One ECharts instance on a div: drawn on mount, redrawn when the option changes, resized with
 * its box, and disposed on unmount. Print lays the page out again without a resize the chart
 * could observe, so it is sized for the paper before and given back its box after.
 * Hidden from screen readers: the table under every chart says the same.
 */
export function EChart({
  option,
  height,
  onPick,
}: {
  option: ChartOption;
  height: number;
  onPick?(index: number): void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts>(undefined);
  useEffect(() => {
    const c = echarts.init(box.current!, undefined, { renderer: 'svg' });
    chart.current = c;
    const observer = new ResizeObserver(() => c.resize());
    observer.observe(box.current!);
    const forPaper = () => c.resize({ width: PRINT_WIDTH_PX });
    const forScreen = () => c.resize();
    window.addEventListener('beforeprint', forPaper);
    window.addEventListener('afterprint', forScreen);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', forPaper);
      window.removeEventListener('afterprint', forScreen);
      c.dispose();
    };
  }, []);
  useEffect(() => chart.current?.setOption(option, true), [option]);
  useEffect(() => {
    const c = chart.current;
    if (!c || !onPick) return;
    const pick = (p: { dataIndex: number }) => onPick(p.dataIndex);
    c.on('click', pick);
    return () => void c.off('click', pick);
  }, [onPick]);
  return (
    <div
      ref={box}
      className="echart"
      aria-hidden="true"
      style={{ height, cursor: onPick ? 'pointer' : undefined }}
    />
  );
}
