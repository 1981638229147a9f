// The files dropped for import, the official's decisions on them, and the dry-run preview that is
// re-run whenever either changes. Committing is the same call with dryRun false.
import { useCallback, useEffect, useState } from 'react';
import type { ImportedFile, ProgressImportResult } from '../../../../electron/shared/api/progress';
import type { FileInput } from '../../../../electron/shared/contract';
import { api } from '../../api/client';
import { useDataVersion } from './dataVersion';
import { droppedName, type ImportDecisions } from './importDecisions';
import { EMPTY_BATCH, useKeptBatches } from './keptBatches';

interface Preview {
  files: FileInput[];
  decisions: ImportDecisions;
  result: ImportedFile[] | null;
  error: string | null;
}

export interface ImportBatch {
  files: FileInput[];
  decisions: ImportDecisions;
  /** The latest preview, possibly of an earlier state while a new one is running. */
  result: ImportedFile[] | null;
  error: string | null;
  previewing: boolean;
  committing: boolean;
  addFiles(files: FileInput[]): void;
  removeFile(name: string): void;
  clear(): void;
  decide(update: (d: ImportDecisions) => ImportDecisions): void;
  /** The day the office received the batch (YYYY-MM-DD), if stated. */
  receivedOn: string | null;
  setReceivedOn(day: string | null): void;
  /** Imports the previewed files, with the batch's 收到日期 if stated. */
  commit(): Promise<ProgressImportResult>;
}

export function useImportBatch(planId: number, period: string): ImportBatch {
  const bump = useDataVersion((s) => s.bump);
  // Kept outside the page: a look at another page and back finds the batch as it was left.
  const kept = useKeptBatches((s) => s.batches[planId]) ?? EMPTY_BATCH;
  const update = useKeptBatches((s) => s.update);
  const { files, decisions } = kept;
  const setFiles = useCallback((change: (old: FileInput[]) => FileInput[]) => update(planId, (b) => ({ ...b, files: change(b.files) })), [planId, update]);
  const setDecisions = useCallback(
    (change: (old: ImportDecisions) => ImportDecisions) => update(planId, (b) => ({ ...b, decisions: change(b.decisions) })),
    [planId, update],
  );
  const [preview, setPreview] = useState<Preview | null>(null);
  const [committing, setCommitting] = useState(false);

  useEffect(() => {
    if (files.length === 0) return;
    let live = true;
    api('progress.import', { planId, period, files, decisions, dryRun: true }).then(
      (r) => live && setPreview({ files, decisions, result: r.files, error: null }),
      (e: Error) => live && setPreview((p) => ({ files, decisions, result: p?.result ?? null, error: e.message })),
    );
    return () => {
      live = false;
    };
  }, [planId, period, files, decisions]);

  // Stable, for effects that feed the batch (a table handed over from 导入记录).
  const addFiles = useCallback(
    (added: FileInput[]) => {
      // A file dropped again under the same name replaces the earlier copy.
      setFiles((old) => [...old.filter((f) => !added.some((a) => a.name === f.name)), ...added]);
    },
    [setFiles],
  );

  const current = preview !== null && preview.files === files && preview.decisions === decisions;
  const shown = files.length > 0 ? preview : null;

  return {
    files,
    decisions,
    result: shown?.result ?? null,
    error: shown?.error ?? null,
    previewing: files.length > 0 && !current,
    committing,
    addFiles,
    removeFile(name) {
      setFiles((old) => old.filter((f) => f.name !== name));
    },
    receivedOn: kept.receivedOn,
    setReceivedOn(day) {
      update(planId, (b) => ({ ...b, receivedOn: day }));
    },
    clear() {
      update(planId, (b) => ({ ...EMPTY_BATCH, receivedOn: b.receivedOn }));
      setPreview(null);
    },
    decide: setDecisions,
    async commit() {
      const { receivedOn } = kept;
      const previewed = preview?.result ?? [];
      const accepted = new Set(previewed.filter((f) => f.status !== 'rejected').map(droppedName));
      setCommitting(true);
      try {
        const result = await api('progress.import', {
          planId,
          period,
          files: files.filter((f) => accepted.has(f.name)),
          decisions,
          dryRun: false,
          ...(receivedOn ? { receivedOn } : {}),
        });
        // The next batch comes in on its own day.
        update(planId, () => EMPTY_BATCH);
        setPreview(null);
        bump();
        return { files: withRefusedInPreview(result.files, previewed) };
      } finally {
        setCommitting(false);
      }
    },
  };
}

/**
 * The commit's entries and, where they stood in the batch, those of the files the preview refused:
 * not sent, they are still named in the result with the preview's reasons, for the official to chase.
 */
function withRefusedInPreview(committed: ImportedFile[], previewed: ImportedFile[]): ImportedFile[] {
  const sent = new Set(committed.map(droppedName));
  const place = new Map<string, number>();
  for (const [i, f] of previewed.entries()) if (!place.has(droppedName(f))) place.set(droppedName(f), i);
  const at = (f: ImportedFile) => place.get(droppedName(f)) ?? previewed.length;
  return [...committed, ...previewed.filter((f) => !sent.has(droppedName(f)))].sort((a, b) => at(a) - at(b));
}
