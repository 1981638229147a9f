// The envelope every call returns across a process boundary, and the error codes it may carry.

export const ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'BAD_FILE',
  'FILE_TOO_LARGE',
  'PERIOD_LOCKED',
  'DB_TOO_NEW',
  'DB_CORRUPT',
  /** Another program held the database's write lock for longer than the busy timeout. */
  'DB_BUSY',
  /** The database file, or its folder, may not be written. */
  'DB_READONLY',
  /** The database could not be opened for a cause outside the file: its folder cannot be made, the database engine did not load. */
  'DB_OPEN_FAILED',
  /** The disk holding the database has no room left for what SQLite must write (even to read, in WAL mode). */
  'DB_DISK_FULL',
  'BACKUP_FAILED',
  'UNKNOWN_METHOD',
  'FORBIDDEN',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  /** A message in Chinese, fit to show the user as it is. */
  message: string;
  details?: unknown;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Envelope<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, details?: unknown): Envelope<never> => ({
  ok: false,
  error: details === undefined ? { code, message } : { code, message, details },
});

/** Thrown inside handlers for an expected failure; the registry turns it into an error envelope. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** The details of the CONFLICT refusing a save from a form that is out of date: the fields changed meanwhile. */
export interface StaleEditDetails {
  stale: string[];
}

export const isStaleEdit = (error: ApiError): boolean =>
  error.code === 'CONFLICT' && Array.isArray((error.details as Partial<StaleEditDetails> | undefined)?.stale);
