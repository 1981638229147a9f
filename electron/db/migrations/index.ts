// Numbered migrations, applied in order; the database's PRAGMA user_version is the last one applied.
// Append only: never edit a migration that has shipped.
import * as m001 from './001_initial';
import * as m002 from './002_summary_indexes';
import * as m003 from './003_changes_without_after';
import * as m004 from './004_report_due';
import * as m005 from './005_import_received';
import * as m006 from './006_reminders';
import * as m007 from './007_one_role_per_unit';
import * as m008 from './008_report_due_day';

export interface Migration {
  version: number;
  name: string;
  up: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: '001_initial', up: m001.up },
  { version: 2, name: '002_summary_indexes', up: m002.up },
  { version: 3, name: '003_changes_without_after', up: m003.up },
  { version: 4, name: '004_report_due', up: m004.up },
  { version: 5, name: '005_import_received', up: m005.up },
  { version: 6, name: '006_reminders', up: m006.up },
  { version: 7, name: '007_one_role_per_unit', up: m007.up },
  { version: 8, name: '008_report_due_day', up: m008.up },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
