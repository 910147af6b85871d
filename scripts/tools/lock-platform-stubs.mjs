// The registry mirror reachable here publishes only the linux-x64 builds of some
// native packages, so `npm install` writes a lock without their other-platform
// optional siblings and `npm ci` then refuses the lock as "out of sync".
// Adding them as platform-restricted optional entries keeps `npm ci` strict
// everywhere: on linux-x64 they are skipped, elsewhere npm fetches them.
import { readFileSync, writeFileSync } from 'node:fs';

const PLATFORM = {
  'android-arm64': { os: ['android'], cpu: ['arm64'] },
  'darwin-arm64': { os: ['darwin'], cpu: ['arm64'] },
  'darwin-x64': { os: ['darwin'], cpu: ['x64'] },
  'linux-arm64-gnu': { os: ['linux'], cpu: ['arm64'] },
  'linux-arm64-musl': { os: ['linux'], cpu: ['arm64'] },
  'linux-x64-gnu': { os: ['linux'], cpu: ['x64'] },
  'linux-x64-musl': { os: ['linux'], cpu: ['x64'] },
  'wasm32-wasi': { cpu: ['wasm32'] },
  'win32-arm64-msvc': { os: ['win32'], cpu: ['arm64'] },
  'win32-x64-msvc': { os: ['win32'], cpu: ['x64'] },
};

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = path.replace(/[^/]*$/, '').replace(/\/?$/, path ? '/' : '') + 'node_modules/' + dep;
    const topKey = 'node_modules/' + dep;
    if (lock.packages[key] || lock.packages[topKey]) continue;
    const suffix = Object.keys(PLATFORM).find((p) => dep.endsWith('-' + p));
    if (!suffix) continue;
    lock.packages[topKey] = { version, dev: entry.dev, optional: true, ...PLATFORM[suffix] };
    added++;
  }
}
writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n');
console.log(`lock-platform-stubs: ${added} entri ditambahkan`);
