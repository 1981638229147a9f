// Schema v6: the 催报 the office has sent — to which unit, for which period, on which day. The 报送台账
// counts them, the next notice says when a unit was reminded before, and a unit still missing after
// them is named as such. One a unit a day: recording twice on one day is one reminder.
export const up = /* sql */ `
CREATE TABLE reminders (
  id        INTEGER PRIMARY KEY,
  period_id INTEGER NOT NULL REFERENCES periods(id) ON DELETE CASCADE,
  unit_id   INTEGER NOT NULL REFERENCES units(id),
  sent_on   TEXT    NOT NULL CHECK (sent_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  sent_at   TEXT    NOT NULL,
  sent_by   TEXT    NOT NULL,
  UNIQUE (period_id, unit_id, sent_on)
) STRICT;
CREATE INDEX reminders_unit ON reminders(unit_id);
`;
