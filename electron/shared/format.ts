// Sizes and times as officials read them, the same in the app, its exports and its messages.

/** "30 MB", "512 KB", "900 字节". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) {
    const mb = bytes / 1024 / 1024;
    return `${mb >= 10 || Number.isInteger(mb) ? Math.round(mb) : mb.toFixed(1)} MB`;
  }
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} 字节`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The machine's local calendar date, "2024-04-01": at 07:30 on 1 April in Beijing the UTC date is still 31 March. */
export function localDate(d: Date = new Date()): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** An ISO time in the machine's local time: "2024-05-01 09:30:00". */
export function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${localDate(d)} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** An ISO time in the machine's local time, to the minute: "2024-05-01 09:30". */
export const localMinute = (iso: string): string => localTime(iso).slice(0, 16);

/** 2023年10月9日: a date as a notice writes it (成文日期, 截至…). */
export const chineseDate = (d: Date): string => `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;

/** A stored date in words: "2023-09-30" → "2023年9月30日" (no time zone involved). */
export function isoDateInWords(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** A long text cut to its first `max` characters, with an ellipsis. */
export const clipText = (text: string, max = 40): string => (text.length > max ? `${text.slice(0, max)}…` : text);

/** A plan's years: "2024年", "2022—2023年", or null when it names none. */
export const yearSpan = (p: { startYear: number | null; endYear: number | null }): string | null =>
  p.startYear === null || p.endYear === null ? null : p.startYear === p.endYear ? `${p.endYear}年` : `${p.startYear}—${p.endYear}年`;

/** 《计划名称》: a plan's title in book-title marks, once, however it was typed. */
export const quotedTitle = (title: string): string => `《${title.replace(/^《|》$/g, '')}》`;

/** Kinds of document a plan is, longest first, as its title ends: "…数字政府建设实施方案" → 实施方案. */
const PLAN_KINDS = /(工作要点|实施方案|行动方案|工作方案|行动计划|工作计划|实施计划|实施意见|工作安排|任务清单|要点|方案|计划|意见|措施|清单)$/u;

/** How a notice names the plan by kind ("确保实施方案各项任务落地见效"); 工作要点 when its title says none. */
export const planKindOf = (title: string): string => PLAN_KINDS.exec(title.replace(/^《|》$/g, '').trim())?.[1] ?? '工作要点';
