// The tables of a Word 97–2003 document as Word lays them out: each row's cells on the table's grid
// (the column edges of all its rows; a .doc stores a merged cell as one wider cell) and the vertical
// merges, from the sprmTDefTable (and sprmTVertMerge) at each row's end mark.
import { dataView } from './dataView';

/** A table row: its cells, after `before` grid columns left empty (a row starting further right). */
export interface WordRow {
  before: number;
  cells: WordCell[];
}

/**
 * A table cell: its text, the grid columns it spans (a .doc stores a merged cell as one wider cell),
 * and whether it starts or continues a vertical merge (a continued cell is empty in the text).
 */
export interface WordCell {
  text: string;
  span: number;
  vMerge: VerticalMerge;
  /** The texts of the comments (批注) whose marks stand in the cell. */
  comments: string[];
  /** Some of its text is formatted hidden: Word does not show or print it. */
  hiddenText: boolean;
}

/** A cell as read from the text, before it is placed on the grid. */
export type CellRead = Omit<WordCell, 'span' | 'vMerge'>;

export type VerticalMerge = 'restart' | 'continue' | null;

/** The size of a TC80 (a cell's flags and borders) in sprmTDefTable. */
const TC80_SIZE = 20;
/** Cell edges closer than this (in twips, 1/1440 inch) are one column edge: Word's own rounding differs by a few. */
const EDGE_TOLERANCE = 30;

/** A cell as sprmTDefTable defines it: its edges (twips) and merge flags. */
export interface CellDef {
  left: number;
  right: number;
  vMerge: VerticalMerge;
  /** An old-style horizontal merge: the cell belongs to the one before it. */
  mergedIntoPrevious: boolean;
}

export const verticalMerge = (bits: number): VerticalMerge => (bits === 3 ? 'restart' : bits === 1 ? 'continue' : null);

/**
 * sprmTDefTable's operand: its size (2 bytes), the cell count, the cells' edges (count + 1 twips),
 * then a TC80 per cell, whose flags hold the merges (bits 0–1 horizontal, 5–6 vertical). TC80s may
 * be left off the end: such cells are not merged.
 */
export function tableDef(operand: Uint8Array): CellDef[] | null {
  const count = operand[2] ?? 0;
  const edgesAt = 3;
  const tcsAt = edgesAt + (count + 1) * 2;
  if (count === 0 || tcsAt > operand.length) return null;
  const ov = dataView(operand);
  const edge = (i: number) => ov.getInt16(edgesAt + i * 2, true);
  return Array.from({ length: count }, (_, i) => {
    const tc = tcsAt + i * TC80_SIZE;
    const flags = tc + 2 <= operand.length ? ov.getUint16(tc, true) : 0;
    return { left: edge(i), right: edge(i + 1), vMerge: verticalMerge((flags >> 5) & 3), mergedIntoPrevious: (flags & 3) === 2 };
  });
}

/** A row as read: its cells, and their definitions from the row's end mark when it has them. */
export interface RowRead {
  cells: CellRead[];
  defs: CellDef[] | undefined;
}

/**
 * The table's rows with each cell placed on the table's grid: the column edges of all its rows
 * together, as Word draws them. A row whose definitions are missing, or do not match its cells,
 * keeps one column a cell.
 */
export function tableRows(rows: readonly RowRead[]): WordRow[] {
  const defined = (r: RowRead): r is RowRead & { defs: CellDef[] } => r.defs?.length === r.cells.length;
  const grid = columnEdges(rows.filter(defined).flatMap((r) => r.defs.flatMap((d) => [d.left, d.right])));
  const column = (x: number) => grid.findIndex((edge) => Math.abs(edge - x) <= EDGE_TOLERANCE);
  return rows.map((r) => {
    if (!defined(r)) return { before: 0, cells: r.cells.map((cell) => ({ ...cell, span: 1, vMerge: null })) };
    const cells: WordCell[] = [];
    r.defs.forEach((def, i) => {
      const span = Math.max(1, column(def.right) - column(def.left));
      const cell = r.cells[i]!;
      const previous = cells[cells.length - 1];
      if (def.mergedIntoPrevious && previous) {
        previous.span += span;
        if (cell.text) previous.text = previous.text ? `${previous.text}\n${cell.text}` : cell.text;
        previous.comments.push(...cell.comments);
        previous.hiddenText ||= cell.hiddenText;
      } else cells.push({ ...cell, span, vMerge: def.vMerge });
    });
    return { before: Math.max(0, column(r.defs[0]!.left)), cells };
  });
}

/** The distinct column edges, left to right; edges within the tolerance are one. */
function columnEdges(xs: number[]): number[] {
  const edges: number[] = [];
  for (const x of [...xs].sort((a, b) => a - b)) if (!edges.length || x - edges[edges.length - 1]! > EDGE_TOLERANCE) edges.push(x);
  return edges;
}
