// Starting the app must not load the spreadsheet and Word libraries: together they take longer to
// load than the whole rest of the backend, and only imports and exports use them, so the handlers
// import() those modules on first use. This follows every static import from each entry point.
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/server';

const LOADED_ON_FIRST_USE = ['exceljs', 'docx', 'mammoth', '@e965/xlsx'];

/** The packages a program loads before any dynamic import() runs. */
async function packagesLoadedAtStart(entry: string): Promise<string[]> {
  const { metafile } = await build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    write: false,
    metafile: true,
    outdir: 'unused',
    logLevel: 'silent',
  });
  const packages = new Set<string>();
  const seen = new Set([entry]);
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const imported of metafile.inputs[file]?.imports ?? []) {
      if (imported.kind === 'dynamic-import') continue;
      if (imported.external) packages.add(imported.path);
      else if (!seen.has(imported.path)) {
        seen.add(imported.path);
        queue.push(imported.path);
      }
    }
  }
  return [...packages];
}

describe('start-up', () => {
  it.each(['electron/server/main.ts', 'electron/main/main.ts', 'electron/cli/main.ts'])(
    '%s loads no spreadsheet or Word library until an import or export needs it',
    async (entry) => {
      const loaded = await packagesLoadedAtStart(entry);
      expect(loaded).toContain('better-sqlite3'); // the walk did reach the backend
      expect(loaded.filter((p) => LOADED_ON_FIRST_USE.some((lib) => p === lib || p.startsWith(`${lib}/`)))).toEqual([]);
    },
  );
});
