// The import preview's row tables page at 100 rows: a 20,000-row file (or one whose rows all fail
// to match, each with its own task chooser) still opens at once.
export const importPagination = (rows: number) => (rows > 100 ? { pageSize: 100, showSizeChanger: false } : false);
