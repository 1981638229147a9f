// Schema v3: an import's change log keeps only each record's state before the import. Whether a
// record changed again since (which makes undo refuse) is read from the record itself: it still
// carries the import's id and time. The copy of every imported text the `after` column held doubled
// the writes of an import and the file's growth, for nothing the record does not already say.
export const up = /* sql */ `
ALTER TABLE import_changes DROP COLUMN after;
`;
