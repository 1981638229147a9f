// `npm run dist`: builds installers with electron-builder on a machine that can reach the Electron
// downloads (internet or ELECTRON_MIRROR). Native modules are rebuilt against Electron's headers
// first and the result is verified, because a module built for Node's ABI would crash at start.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const { getAbi } = require('node-abi');
const abi = getAbi(electronVersion, 'electron');
const archs = (process.env.TAIZHANG_ARCHS ?? process.arch).split(',');
const targets = process.argv.slice(2); // e.g. --win nsis, --linux deb AppImage

function fail(message) {
  console.error(`\n[dist] ${message}\n`);
  process.exit(1);
}

function rebuildBetterSqlite3(arch) {
  const dir = path.dirname(require.resolve('better-sqlite3/package.json'));
  // ~/.npmrc may set nodedir=/usr, which silently builds for Node's ABI: override it explicitly.
  const env = { ...process.env, npm_config_nodedir: '', npm_config_runtime: 'electron', npm_config_target: electronVersion,
    npm_config_disturl: process.env.ELECTRON_HEADERS_URL ?? 'https://electronjs.org/headers', npm_config_arch: arch };
  console.log(`[dist] rebuilding better-sqlite3 for Electron ${electronVersion} (ABI ${abi}, ${arch})`);
  execFileSync(process.execPath, [require.resolve('node-gyp/bin/node-gyp.js'), 'rebuild', '--release',
    `--target=${electronVersion}`, `--arch=${arch}`, `--dist-url=${env.npm_config_disturl}`, '--nodedir='], { cwd: dir, env, stdio: 'inherit' });
  verifyAbi(path.join(dir, 'build/Release/better_sqlite3.node'));
}

/** The .node file must register itself for Electron's module ABI, or it will not load in the app. */
export function verifyAbi(file) {
  const symbol = `node_register_module_v${abi}`;
  const bytes = fs.readFileSync(file);
  if (!bytes.includes(Buffer.from(symbol))) fail(`${file} does not export ${symbol}: it was not built for Electron ${electronVersion}.`);
  console.log(`[dist] ok: ${path.basename(file)} exports ${symbol}`);
}

for (const arch of archs) {
  rebuildBetterSqlite3(arch);
  execFileSync(process.execPath, [require.resolve('electron-builder/cli.js'), `--${arch}`, ...targets, '--publish', 'never'], { stdio: 'inherit' });
  const unpacked = fs.readdirSync('release', { recursive: true }).filter((f) => String(f).endsWith('better_sqlite3.node'));
  if (unpacked.length === 0) fail('packaged app has no better_sqlite3.node (asarUnpack?)');
  for (const f of unpacked) verifyAbi(path.join('release', String(f)));
}
// Leave node_modules usable for tests again (Node's ABI).
execFileSync('npm', ['rebuild', 'better-sqlite3'], { stdio: 'inherit' });
