// The 通报 text of a period as the official edits it: the stored (saved or generated) text, the
// draft, and saving or regenerating it. Drafts live in a store for the whole session, per plan and
// period, so switching periods or pages never loses an edit.
import { useCallback, useEffect, useState } from 'react';
import type { Narrative } from '../../../../electron/shared/api/reports';
import { api } from '../../api/client';
import { useDrafts } from './narrativeDrafts';

export const NARRATIVE_FIELDS = ['title', 'addressee', 'overview', 'sections', 'problems', 'nextSteps', 'issuer', 'date'] as const;
export type NarrativeField = (typeof NARRATIVE_FIELDS)[number];

export interface NarrativeState {
  /** What the editor shows; null while loading. */
  draft: Narrative | null;
  /** The period has text saved by an official (not only generated). */
  edited: boolean;
  /** The saved text predates the period's latest imports, undos or edits of records. */
  outdated: boolean;
  /** The draft differs from what is stored. */
  dirty: boolean;
  error: string | null;
  busy: boolean;
  /** Bumped after each save, for views that show the stored text (the report preview). */
  revision: number;
  change(field: NarrativeField, value: string): void;
  save(): Promise<boolean>;
  /** Replaces the draft with text generated from the current figures; stores nothing. */
  regenerate(): Promise<void>;
  /** Drops the draft's changes. */
  revert(): void;
}

const same = (a: Narrative, b: Narrative) => NARRATIVE_FIELDS.every((f) => a[f] === b[f]);

export function useNarrative(planId: number | null, period: string | null): NarrativeState {
  const key = planId && period ? `${planId}/${period}` : null;
  const [stored, setStored] = useState<{ key: string; narrative: Narrative; edited: boolean; outdated: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [revision, setRevision] = useState(0);
  const draftOfKey = useDrafts((s) => (key ? s.drafts[key] : undefined));
  const { put, drop } = useDrafts.getState();

  useEffect(() => {
    if (!planId || !period) return;
    let live = true;
    api('reports.narrative', { planId, period }).then(
      ({ narrative, edited, outdated }) => {
        if (!live) return;
        setStored({ key: `${planId}/${period}`, narrative, edited, outdated });
        setError(null);
      },
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [planId, period]);

  const current = stored && stored.key === key ? stored : null;
  const draft = current ? (draftOfKey ?? current.narrative) : null;

  const change = useCallback(
    (field: NarrativeField, value: string) => {
      if (key && draft) put(key, { ...draft, [field]: value });
    },
    [key, draft, put],
  );

  const save = useCallback(async () => {
    if (!planId || !period || !key || !draft) return false;
    setBusy(true);
    try {
      const saved = await api('reports.saveNarrative', { planId, period, narrative: draft });
      setStored({ key, ...saved });
      drop(key);
      setRevision((r) => r + 1);
      setError(null);
      return true;
    } catch (e) {
      setError((e as Error).message);
      return false;
    } finally {
      setBusy(false);
    }
  }, [planId, period, key, draft, drop]);

  const regenerate = useCallback(async () => {
    if (!planId || !period || !key) return;
    setBusy(true);
    try {
      const { narrative } = await api('reports.narrative', { planId, period, regenerate: true });
      put(key, narrative);
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }, [planId, period, key, put]);

  const revert = useCallback(() => {
    if (key) drop(key);
  }, [key, drop]);

  return {
    draft,
    edited: current?.edited ?? false,
    outdated: current?.outdated ?? false,
    dirty: !!current && !!draft && !same(draft, current.narrative),
    error,
    busy,
    revision,
    change,
    save,
    regenerate,
    revert,
  };
}
