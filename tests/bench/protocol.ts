// What a worker process hands back to the runner: one JSON file per case in the run's folder.
import path from 'node:path';

export interface WorkerResult {
  status: 'ok' | 'pending' | 'error';
  samples: number[];
  extra: Record<string, number>;
  /** Peak RSS of the worker process so far (MB). */
  peakRssMb: number;
  message?: string;
}

export const resultFile = (dir: string, key: string) => path.join(dir, `result-${key}.json`);
