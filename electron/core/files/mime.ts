// The media types of the files the app hands out: its exports and the originals it keeps.
export const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xls: 'application/vnd.ms-excel',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  csv: 'text/csv',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain',
  html: 'text/html; charset=utf-8',
  sqlite: 'application/vnd.sqlite3',
} as const;

/** The media type a file name's extension says, or the generic one. */
export function mimeOfFileName(fileName: string): string {
  const ext = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return Object.hasOwn(MIME, ext) ? MIME[ext as keyof typeof MIME] : 'application/octet-stream';
}
