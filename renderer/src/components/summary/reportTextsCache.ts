// What the units wrote on the period's tasks (进展情况, 存在问题, 下步打算), loaded for the tasks a
// table shows rather than with the figures: a period holds thousands of reports, a page shows a few
// dozen tasks. Loaded texts are kept for the life of the cache (one loaded summary).
import type { TaskReportTexts, UnitReportTexts } from '../../../../electron/shared/api/reports';

export type FetchReportTexts = (taskIds: number[]) => Promise<TaskReportTexts[]>;

export class ReportTextsCache {
  private readonly texts = new Map<number, UnitReportTexts[]>();
  /** Tasks loaded or being loaded: never asked for twice. */
  private readonly requested = new Set<number>();
  private readonly listeners = new Set<() => void>();
  private version = 0;
  private failure: string | null = null;

  constructor(private readonly fetchTexts: FetchReportTexts) {}

  /** The task's texts; undefined while they are not loaded. */
  get(taskId: number): UnitReportTexts[] | undefined {
    return this.texts.get(taskId);
  }

  /** The message of the last failed load (cleared by the next successful one). */
  get error(): string | null {
    return this.failure;
  }

  /** Loads, in one call, the texts of those tasks not loaded or loading yet. A failed load may be asked for again. */
  load(taskIds: readonly number[]): void {
    const missing = [...new Set(taskIds)].filter((id) => !this.requested.has(id));
    if (!missing.length) return;
    for (const id of missing) this.requested.add(id);
    this.fetchTexts(missing).then(
      (list) => {
        for (const { taskId, reports } of list) this.texts.set(taskId, reports);
        this.failure = null;
        this.changed();
      },
      (e: Error) => {
        for (const id of missing) this.requested.delete(id);
        this.failure = e.message;
        this.changed();
      },
    );
  }

  /** For useSyncExternalStore: called after every load. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Changes after every load (useSyncExternalStore's snapshot). */
  snapshot = (): number => this.version;

  private changed(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }
}
