// Vitest's global setup: one temp folder for the whole run, under which tempDir makes each test's
// folder, removed when the run ends (the tests' databases and files add up to hundreds of MB a run).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const TEMP_ROOT_VARIABLE = 'TAIZHANG_TEST_TMP';

let root: string | null = null;

export function setup(): void {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'taizhang-unit-'));
  // Set before the test processes are forked, which inherit it.
  process.env[TEMP_ROOT_VARIABLE] = root;
}

export function teardown(): void {
  if (root) fs.rmSync(root, { recursive: true, force: true });
}
