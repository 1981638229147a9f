// A unit's workbook with one sheet per district ("太原" "大同"), each listing the same tasks, imported
// with all its tables: each table is still an import of its own, but a task several of them report
// on gets the merge of their reports (see buildRows' SiblingTables), so the last sheet does not
// overwrite the others. The tables' reports are read before any is imported, so every table — the
// first one too — writes the same merged text, and importing the file again finds nothing new.
import type { TableParts } from './buildRows';
import type { FileAnalysis } from './analyseFile';

/** The reports of a file's tables, by the file and the unit and period each reports for. */
export class SiblingTableIndex {
  private readonly byOwner = new Map<string, TableParts[]>();

  /** A file's tables in its order, each with its analysis (null when it was not read). */
  addFile(sha256: string, tables: readonly { table: { sheet: string; name: string }; analysis: FileAnalysis | null }[]): void {
    for (const { table, analysis } of tables) {
      // Tables turned away (an unknown unit, a locked period) pass nothing on.
      if (!analysis?.built || analysis.unitId === null || !analysis.result.period || analysis.result.errors.length) continue;
      const key = ownerKey(sha256, analysis.unitId, analysis.result.period);
      this.byOwner.set(key, [...(this.byOwner.get(key) ?? []), { label: table.sheet, name: table.name, parts: analysis.built.parts }]);
    }
  }

  /** The file's tables reporting for the unit and period, when there are several; else none. */
  tablesOf(sha256: string, unitId: number, period: string): readonly TableParts[] {
    const tables = this.byOwner.get(ownerKey(sha256, unitId, period)) ?? [];
    return tables.length > 1 ? tables : [];
  }
}

const ownerKey = (sha256: string, unitId: number, period: string) => `${sha256}|${unitId}:${period}`;
