// How the summary shows statuses and lights: the order, chart colours and light labels.
import type { Light } from '../../../../electron/shared/api/reports';
import type { TaskPeriodStatus } from '../../../../electron/shared/types';

/** The order statuses are stacked and listed in, best first. */
export const SUMMARY_STATUSES: readonly TaskPeriodStatus[] = ['completed', 'on_track', 'delayed', 'not_started', 'unreported'];

/** Saturated enough for thin bars and for printing in colour; the same hues as the status tags. */
export const STATUS_CHART_COLORS: Record<TaskPeriodStatus, string> = {
  completed: '#52c41a',
  on_track: '#1677ff',
  delayed: '#f5222d',
  not_started: '#faad14',
  unreported: '#bfbfbf',
};

export const LIGHTS: readonly Light[] = ['red', 'yellow', 'green'];

export const LIGHT_COLORS: Record<Light, string> = { green: '#52c41a', yellow: '#faad14', red: '#f5222d' };

export const LIGHT_LABELS: Record<Light, string> = { green: '绿灯', yellow: '黄灯', red: '红灯' };

/** What each light means (the rule is the backend's, core/report/rules.ts). */
export const LIGHT_RULES: Record<Light, string> = {
  red: '滞后或逾期',
  yellow: '临期、未启动或未报送',
  green: '已完成或正常推进',
};

/**
 * A column of figures under a short heading (已完成, 正常推进, 完成率): wide enough for the heading on one
 * line in a small table (8 px padding either side, a little to spare for wider fonts), and for a
 * four-digit figure.
 */
export const figureColumnWidth = (title: string): number => Math.max(52, title.length * 14 + 20);

/** 0.4667 → "46.7%" */
/** A rate in per cent to one decimal, without the sign: 1 → “100.0”. */
export const percentOf = (rate: number): string => (rate * 100).toFixed(1);
export const formatRate = (rate: number): string => `${percentOf(rate)}%`;

/** Chart series are identified by their status; undefined for anything else. */
export const statusOfSeries = (seriesId: string): TaskPeriodStatus | undefined =>
  SUMMARY_STATUSES.find((s) => s === seriesId);
