// Finding (and if need be downloading) the Electron binary, for `npm start`, `npm run dev`
// and `npm run dist`. electron@45 fetches its binary lazily (from GitHub) the first time
// `require('electron')` runs, so this module never requires it: it reads the package's
// path.txt and looks in dist/ itself, and when the binary is missing runs the package's
// own install.js in a child process, with a time limit, so a blocked download ends in a
// short message instead of a hang or a stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
const DOWNLOAD_TIMEOUT_MS = 120_000;
const MIRROR_EXAMPLE = 'https://npmmirror.com/mirrors/electron/';

/** Ends the script with a message and no stack trace. */
export function exitWith(lines, code = 1) {
  console.error(lines.join('\n'));
  process.exit(code);
}

/** The installed electron package's folder, or null when `npm install` has not run. */
function electronPackageDir() {
  try {
    // Resolving package.json reads no code: electron's index.js (which downloads) never runs.
    return dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/**
 * The Electron executable and the unpacked distribution folder it sits in, when present,
 * honouring the same overrides as electron itself.
 */
function findElectron(packageDir) {
  const explicit = process.env.ELECTRON_EXEC_PATH;
  if (explicit) return existsSync(explicit) ? { binary: explicit, distDir: null } : null;
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (!relative) return null;
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(packageDir, 'dist');
  const binary = join(distDir, relative);
  return existsSync(binary) ? { binary, distDir } : null;
}

/** The last meaningful line of a failed download's output (not a stack frame). */
function lastLine(output) {
  const lines = output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !/^at\s/.test(line));
  return lines.at(-1) ?? 'no output';
}

/**
 * Runs electron's install.js (it honours ELECTRON_MIRROR, ELECTRON_CUSTOM_DIR, proxies
 * and the download cache). Its output is captured; only the cause is reported.
 */
function downloadElectron(packageDir) {
  const result = spawnSync(process.execPath, [join(packageDir, 'install.js')], {
    cwd: packageDir,
    env: process.env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: DOWNLOAD_TIMEOUT_MS,
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.error?.code === 'ETIMEDOUT') {
    return `the download did not finish within ${DOWNLOAD_TIMEOUT_MS / 1000} s`;
  }
  if (result.error) return result.error.message;
  if (result.status !== 0) return lastLine(`${result.stdout ?? ''}\n${result.stderr ?? ''}`);
  return null;
}

/**
 * What each command says when Electron is missing: its headline, the command to run
 * again, and one more way out of its own.
 */
const PURPOSES = {
  start: {
    headline: 'Shortlist cannot start',
    command: 'npm start',
    alternative: [
      '  - Or use Shortlist in your browser, no Electron needed:  npm run start:browser',
    ],
  },
  dist: {
    headline: 'Shortlist cannot be packaged',
    command: 'npm run dist',
    alternative: [
      '  - Or point electron-builder at an unpacked Electron for this platform that you have:',
      '      npm run dist -- --config.electronDist=/path/to/electron',
    ],
  },
};

/**
 * The Electron binary and its folder, downloading it first if needed; otherwise ends the
 * process with the cause and the fixes for `purpose` ('start' or 'dist').
 */
export function ensureElectron(purpose) {
  const { headline, command, alternative } = PURPOSES[purpose];
  const packageDir = electronPackageDir();
  if (!packageDir) {
    exitWith([
      `${headline}: the electron package is not installed.`,
      `Fix: run \`npm install\`, then \`${command}\`.`,
    ]);
  }
  const present = findElectron(packageDir);
  if (present) return present;

  const version = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;
  console.log(
    `The Electron ${version} binary is not installed yet; downloading it (up to ${DOWNLOAD_TIMEOUT_MS / 1000} s)…`,
  );
  const failure = downloadElectron(packageDir);
  const downloaded = failure ? null : findElectron(packageDir);
  if (downloaded) return downloaded;
  const source =
    process.env.ELECTRON_MIRROR || process.env.npm_config_electron_mirror || 'GitHub (github.com)';
  return exitWith([
    '',
    `${headline}: the Electron binary is not installed and could not be downloaded.`,
    `  source: ${source}`,
    `  cause:  ${failure ?? 'the download ended but left no binary in node_modules/electron/dist'}`,
    '',
    'Fix it in one of these ways:',
    '  - Download Electron from a mirror you can reach, then try again:',
    `      ELECTRON_MIRROR=${MIRROR_EXAMPLE} ${command}`,
    `    (or put electron_mirror=${MIRROR_EXAMPLE} in your .npmrc and run \`${command}\` again)`,
    ...alternative,
  ]);
}

/** Builds main, preload and renderer with electron-vite; a failure ends the process. */
export function buildApp(headline) {
  const bin = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [bin, 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    exitWith(['', `${headline}: the build failed (see the errors above).`]);
  }
}
