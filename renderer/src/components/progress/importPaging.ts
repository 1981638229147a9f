// The import preview's row tables page at 100 rows: a 20,000-row file (or one whose rows all fail
// to match, each with its own task chooser) still opens at once.
const PAGE_SIZE = 100;

export const importPagination = (rows: number) => (rows > PAGE_SIZE ? { pageSize: PAGE_SIZE, showSizeChanger: false } : false);

/** The page (from 1) the row at `index` of the table is on. */
export const pageOf = (index: number) => Math.floor(index / PAGE_SIZE) + 1;
