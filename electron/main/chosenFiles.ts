// Reading and writing the files the user picked in the system dialogs. No electron import, so the
// tests load it as it is: a failure comes back as an envelope with the reason in Chinese (a file
// still open in Excel or WPS is the everyday case), not as the system's English error.
import fs from 'node:fs';
import path from 'node:path';
import type { FileInput } from '../shared/api/method';
import { readFailureMessage, writeFailureMessage } from '../shared/fileErrors';
import { fail, ok, type Envelope } from '../shared/result';

export async function writeChosenFile(filePath: string, bytes: Uint8Array): Promise<Envelope<string>> {
  try {
    await fs.promises.writeFile(filePath, bytes);
    return ok(filePath);
  } catch (err) {
    return fail('INVALID_INPUT', writeFailureMessage(err, filePath));
  }
}

/** Oversized files still reach the handler as an empty stand-in, so the user gets its message. */
export async function readChosenFiles(filePaths: readonly string[], maxBytes: number): Promise<Envelope<FileInput[]>> {
  const files: FileInput[] = [];
  for (const file of filePaths) {
    try {
      const stat = await fs.promises.stat(file);
      const bytes = stat.size > maxBytes ? new Uint8Array(0) : new Uint8Array(await fs.promises.readFile(file));
      files.push({ name: path.basename(file), bytes });
    } catch (err) {
      return fail('NOT_FOUND', readFailureMessage(err, file));
    }
  }
  return ok(files);
}
