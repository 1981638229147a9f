// Schema v5: the day the office received an imported file (收到日期), as the official states it. An
// office often imports a batch of returns days after they came in; lateness against the plan's
// 报送时限 is then judged by this day rather than by the import's own time. Null: not stated.
export const up = /* sql */ `
ALTER TABLE imports ADD COLUMN received_on TEXT
  CHECK (received_on IS NULL OR received_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]');
`;
