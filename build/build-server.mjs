// Bundles browser mode's server (`npm run serve`; the e2e tests and the bench run it too) into one
// file, dist/server/main.cjs: Node starts it in a fraction of the time tsx takes to compile the backend.
// Packages stay in node_modules, but for zod: every request is checked with it, so it loads at start
// anyway, and bundled only the parts the contract uses are kept (a quarter of it: its 40-odd
// locales go), which starts the server about 0.07 s sooner. CommonJS on purpose: a module reached only through a dynamic
// import() (the importers and exporters, with their spreadsheet and Word libraries) then runs, and
// requires its packages, on first use; an ES module bundle would hoist those imports to the top.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const result = await build({
  entryPoints: ['electron/server/main.ts'],
  outfile: 'dist/server/main.cjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  plugins: [packagesExternalBut(['zod'])],
  // main.ts finds dist/renderer from import.meta.url; give it the bundle's own URL.
  define: { 'import.meta.url': 'bundleUrl' },
  banner: { js: "const bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  write: false,
  logLevel: 'warning',
}).catch(() => process.exit(1)); // esbuild has printed the errors

/** Leaves every package in node_modules except those named, which are bundled (and tree-shaken). */
function packagesExternalBut(bundled) {
  const isBundled = (spec) => bundled.some((name) => spec === name || spec.startsWith(`${name}/`));
  return {
    name: 'packages-external-but',
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (args) => (isBundled(args.path) ? undefined : { path: args.path, external: true }));
    },
  };
}

// Written under a temporary name and renamed, so a server starting meanwhile (another test run in the
// same checkout) never reads half a bundle.
const [bundle] = result.outputFiles;
const temp = `${bundle.path}.${process.pid}.tmp`;
fs.mkdirSync(path.dirname(bundle.path), { recursive: true });
fs.writeFileSync(temp, bundle.contents);
fs.renameSync(temp, bundle.path);
