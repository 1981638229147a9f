/** Room for the vertical scrollbar and the table border, so no horizontal scrollbar appears. */
const SCROLLBAR = 18;

/** The flexible 工作任务 column takes what the fixed columns leave, but never less than `min`. */
export const flexWidth = (available: number, fixed: number, min: number): number => Math.max(min, available - fixed - SCROLLBAR);
