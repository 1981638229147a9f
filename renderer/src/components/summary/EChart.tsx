// One ECharts chart in a div: created once, options replaced on change, resized with its box and
// around printing (the printed page is narrower than the screen).
import { useEffect, useLayoutEffect, useRef } from 'react';
import { echarts, type ChartOption } from './echarts';

/** What a click on a bar reports: the series id and the category index. */
export interface ChartClick {
  seriesId: string;
  dataIndex: number;
}

interface Props {
  option: ChartOption;
  height: number;
  /** Describes the chart for screen readers; the table beside it carries the figures. */
  label: string;
  onClick?(click: ChartClick): void;
  testId?: string;
}

export function EChart({ option, height, label, onClick, testId }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const clickRef = useRef(onClick);
  useEffect(() => {
    clickRef.current = onClick;
  }, [onClick]);

  useLayoutEffect(() => {
    const el = box.current!;
    const instance = echarts.init(el, undefined, { renderer: 'svg', locale: 'ZH' });
    chart.current = instance;
    instance.on('click', (p) => {
      if (p.componentType === 'series' && typeof p.seriesId === 'string') {
        clickRef.current?.({ seriesId: p.seriesId, dataIndex: p.dataIndex });
      }
    });
    // A viewBox lets the printed page scale the drawing to its width (print CSS in summary.css),
    // also where no print event fires (printToPDF).
    instance.on('finished', () => {
      el.querySelector('svg')?.setAttribute('viewBox', `0 0 ${instance.getWidth()} ${instance.getHeight()}`);
    });
    const resize = () => instance.resize();
    const observer = new ResizeObserver(resize);
    observer.observe(el);
    window.addEventListener('beforeprint', resize);
    window.addEventListener('afterprint', resize);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', resize);
      window.removeEventListener('afterprint', resize);
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div
      ref={box}
      role="img"
      aria-label={label}
      data-testid={testId}
      className="summary-chart"
      style={{ height, width: '100%', cursor: onClick ? 'pointer' : undefined }}
    />
  );
}
