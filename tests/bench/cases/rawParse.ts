// The floor under the import cases: the same files, only read by the spreadsheet reader.
import { readFiles } from '../fixtures';
import { timeRuns, timingFigures } from '../measure';
import { IMPORTER_READER, readSpreadsheet, type ReaderName } from '../readers';
import type { CaseRun } from './index';

export const rawParse =
  (input: 'returned' | 'big', reader: ReaderName = IMPORTER_READER): CaseRun =>
  async ({ manifest, counts }) => {
    const files = readFiles(input === 'returned' ? manifest.ledger.returned.map((f) => f.path) : [manifest.big.file]);
    let cells = 0;
    const timings = await timeRuns({
      ...counts,
      run: async () => {
        cells = 0;
        for (const f of files) cells += await readSpreadsheet(reader, f);
      },
    });
    return { samples: timings.samples, extra: { ...timingFigures(timings), cells, files: files.length } };
  };
