// The process the crash test kills: commits one large progress import through the real handler.
// Prints "commit" when the safety backup is done and the import's transaction begins, "done" after.
import fs from 'node:fs';
import path from 'node:path';
import { openBackend } from '../../electron/core/backend';

const [dbPath, returnFile, backupDir] = process.argv.slice(2) as [string, string, string];

const b = await openBackend({ dbPath, transport: 'cli', backupDir });
const planId = b.ctx.db.get<{ id: number }>('SELECT max(id) AS id FROM plans')!.id;
const backup = b.ctx.backup.bind(b.ctx);
// The registry opens the transaction as soon as prepare (which ends with this backup) returns.
b.ctx.backup = async (reason) => {
  const file = await backup(reason);
  process.stdout.write('commit\n');
  return file;
};
const file = { name: path.basename(returnFile), bytes: new Uint8Array(fs.readFileSync(returnFile)) };
const env = await b.registry.invoke('progress.import', { planId, files: [file], dryRun: false }, b.ctx);
if (!env.ok) {
  console.error(env.error.message);
  process.exit(2);
}
process.stdout.write('done\n');
b.close();
