// Schema v1: plans and their ledger, the unit directory, periods, progress, imports (with the
// original file bytes) and the audit log. Dates are ISO text; JSON columns hold arrays/objects.
export const up = /* sql */ `
CREATE TABLE plans (
  id            INTEGER PRIMARY KEY,
  title         TEXT    NOT NULL,
  description   TEXT    NOT NULL DEFAULT '',
  start_year    INTEGER,
  end_year      INTEGER,
  period_kind   TEXT    NOT NULL DEFAULT 'quarter' CHECK (period_kind IN ('quarter', 'month', 'half')),
  is_current    INTEGER NOT NULL DEFAULT 0 CHECK (is_current IN (0, 1)),
  fingerprint   TEXT    NOT NULL,
  created_at    TEXT    NOT NULL,
  updated_at    TEXT    NOT NULL
) STRICT;

CREATE TABLE sections (
  id       INTEGER PRIMARY KEY,
  plan_id  INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  ord      INTEGER NOT NULL,
  numeral  TEXT    NOT NULL,
  title    TEXT    NOT NULL,
  UNIQUE (plan_id, ord)
) STRICT;

CREATE TABLE tasks (
  id                  INTEGER PRIMARY KEY,
  plan_id             INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  section_id          INTEGER REFERENCES sections(id) ON DELETE SET NULL,
  ord                 INTEGER NOT NULL,
  seq                 TEXT    NOT NULL,
  content             TEXT    NOT NULL,
  responsibility_text TEXT    NOT NULL DEFAULT '',
  deadline            TEXT,
  deadline_text       TEXT    NOT NULL DEFAULT '',
  continuous          INTEGER NOT NULL DEFAULT 0 CHECK (continuous IN (0, 1)),
  warnings            TEXT    NOT NULL DEFAULT '[]',
  created_at          TEXT    NOT NULL,
  updated_at          TEXT    NOT NULL,
  UNIQUE (plan_id, ord)
) STRICT;
CREATE INDEX tasks_section ON tasks(section_id);

CREATE TABLE units (
  id          INTEGER PRIMARY KEY,
  name        TEXT    NOT NULL UNIQUE,
  level       TEXT    NOT NULL DEFAULT 'province' CHECK (level IN ('province', 'national')),
  created_at  TEXT    NOT NULL
) STRICT;

CREATE TABLE unit_aliases (
  alias    TEXT    PRIMARY KEY,
  unit_id  INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE
) STRICT;
CREATE INDEX unit_aliases_unit ON unit_aliases(unit_id);

CREATE TABLE task_units (
  task_id  INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  unit_id  INTEGER NOT NULL REFERENCES units(id),
  role     TEXT    NOT NULL CHECK (role IN ('lead', 'joint', 'cooperating', 'national')),
  ord      INTEGER NOT NULL,
  PRIMARY KEY (task_id, role, unit_id)
) STRICT;
CREATE INDEX task_units_unit ON task_units(unit_id, role);

CREATE TABLE periods (
  id          INTEGER PRIMARY KEY,
  plan_id     INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  code        TEXT    NOT NULL,
  start_date  TEXT    NOT NULL,
  end_date    TEXT    NOT NULL,
  locked      INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
  report_text TEXT,
  UNIQUE (plan_id, code)
) STRICT;

CREATE TABLE imports (
  id           INTEGER PRIMARY KEY,
  plan_id      INTEGER REFERENCES plans(id) ON DELETE CASCADE,
  kind         TEXT    NOT NULL CHECK (kind IN ('plan', 'progress')),
  file_name    TEXT    NOT NULL,
  sha256       TEXT    NOT NULL,
  size         INTEGER NOT NULL,
  bytes        BLOB    NOT NULL,
  unit_id      INTEGER REFERENCES units(id),
  period_id    INTEGER REFERENCES periods(id) ON DELETE CASCADE,
  imported_at  TEXT    NOT NULL,
  imported_by  TEXT    NOT NULL,
  outcome      TEXT    NOT NULL CHECK (outcome IN ('imported', 'undone')),
  summary      TEXT    NOT NULL DEFAULT '{}'
) STRICT;
CREATE INDEX imports_sha ON imports(sha256);
CREATE INDEX imports_plan ON imports(plan_id, period_id);

CREATE TABLE progress (
  id          INTEGER PRIMARY KEY,
  task_id     INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  unit_id     INTEGER NOT NULL REFERENCES units(id),
  period_id   INTEGER NOT NULL REFERENCES periods(id) ON DELETE CASCADE,
  status      TEXT    CHECK (status IN ('completed', 'on_track', 'delayed', 'not_started')),
  status_text TEXT    NOT NULL DEFAULT '',
  progress    TEXT    NOT NULL DEFAULT '',
  problems    TEXT    NOT NULL DEFAULT '',
  next_steps  TEXT    NOT NULL DEFAULT '',
  remarks     TEXT    NOT NULL DEFAULT '',
  import_id   INTEGER REFERENCES imports(id) ON DELETE SET NULL,
  updated_at  TEXT    NOT NULL,
  updated_by  TEXT    NOT NULL,
  UNIQUE (period_id, task_id, unit_id)
) STRICT;
CREATE INDEX progress_task ON progress(task_id);

-- What each import changed, so it can be undone: the row before (NULL when new) and after.
CREATE TABLE import_changes (
  id         INTEGER PRIMARY KEY,
  import_id  INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
  task_id    INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  unit_id    INTEGER NOT NULL REFERENCES units(id),
  period_id  INTEGER NOT NULL REFERENCES periods(id) ON DELETE CASCADE,
  before     TEXT,
  after      TEXT    NOT NULL
) STRICT;
CREATE INDEX import_changes_import ON import_changes(import_id);

CREATE TABLE audit_log (
  id           INTEGER PRIMARY KEY,
  at           TEXT NOT NULL,
  os_user      TEXT NOT NULL,
  action       TEXT NOT NULL,
  object_type  TEXT NOT NULL,
  object_id    TEXT,
  summary      TEXT NOT NULL DEFAULT '',
  before       TEXT,
  after        TEXT
) STRICT;
CREATE INDEX audit_log_at ON audit_log(at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, '操作日志不可修改'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, '操作日志不可删除'); END;

CREATE TABLE settings (
  key    TEXT PRIMARY KEY,
  value  TEXT NOT NULL
) STRICT;
`;
