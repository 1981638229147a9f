// Two units' tables stacked on one sheet: below the first, a 填报单位 line and the header again
// (see readTableRows' anotherTable). Each is a table of its own, the lower one named after the
// sheet and the row it starts at (“汇总（第6行起）”), so it is offered and imported as another
// sheet of the file would be — with the unit named over it.
import { isUnitLine, type SheetGrid } from '../workbook/grid';
import { findHeader, type HeaderLayout } from './headers';
import { readTableRows, type TableRows } from './tableRows';

export interface SheetBlock {
  sheet: SheetGrid;
  layout: HeaderLayout;
  /** 0-based row where the next table, a block of its own, starts (its 填报单位 line); the sheet's length for the last. */
  end: number;
  /** The block's rows as read, when the search for a table below had to read them. */
  read?: TableRows;
}

/** A sheet's name for the table starting at a (1-based) row of it: 汇总（第6行起）. */
export const blockName = (sheet: string, row: number) => `${sheet}（第${row}行起）`;

/** The sheet's tables, top to bottom: the sheet itself for the first, each one below it as a sheet of its own. */
export function sheetBlocks(sheet: SheetGrid, layout: HeaderLayout): SheetBlock[] {
  const blocks: SheetBlock[] = [];
  let block: SheetBlock = { sheet, layout, end: sheet.rows.length };
  for (;;) {
    blocks.push(block);
    // Read only where a 填报单位 line stands under the header: most sheets have none.
    const below = block.sheet.rows.slice(block.layout.headerRow + 1);
    if (!below.some((row) => row.some((cell) => isUnitLine(cell)))) break;
    block.read = readTableRows(block.sheet, block.layout);
    const next = block.read.anotherTable;
    if (!next) break;
    const lower: SheetGrid = {
      ...sheet,
      name: blockName(sheet.name, next.row),
      firstRow: next.row - 1,
      // The sheet's own title lines (not the first unit's 填报单位 line) head the lower table too: its period.
      around: { above: titleLines(sheet, layout), below: sheet.around?.below ?? [] },
    };
    const lowerLayout = findHeader(lower);
    if (!lowerLayout) break;
    block.end = next.row - 1;
    block = { sheet: lower, layout: lowerLayout, end: sheet.rows.length };
  }
  return blocks;
}

/** The lines above the sheet's first table, but for a 填报单位 line (the first table's unit). */
function titleLines(sheet: SheetGrid, layout: HeaderLayout): string[] {
  const lines = sheet.rows.slice(0, layout.firstHeaderRow).map((row) => row.map((t) => t.trim()).filter(Boolean).join('  '));
  return [...(sheet.around?.above ?? []), ...lines].filter((line) => line && !isUnitLine(line));
}
