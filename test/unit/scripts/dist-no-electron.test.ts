/**
 * `npm run dist` where Electron cannot be downloaded ends at once with the same message as
 * `npm start`, not a stack trace. The download is sent to a closed loopback port and the
 * binary is looked for in an empty folder, so the run is the same on every machine, with
 * or without an Electron already installed, and touches nothing in the project.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'shortlist-no-electron-'));
const MIRROR = 'http://127.0.0.1:9/';

function runScript(script: string, args: string[] = []) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ELECTRON_OVERRIDE_DIST_PATH: join(work, 'no-electron'),
    ELECTRON_MIRROR: MIRROR,
    electron_config_cache: join(work, 'cache'),
  };
  delete env.ELECTRON_EXEC_PATH;
  const started = Date.now();
  const result = spawnSync(process.execPath, [join(root, 'scripts', script), ...args], {
    cwd: root,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { ...result, seconds: (Date.now() - started) / 1000 };
}

/** The message's lines from the headline on, with the command it names made neutral. */
function messageLines(stderr: string, command: string): string[] {
  return stderr
    .trim()
    .split('\n')
    .map((line) => line.replaceAll(command, '<command>'));
}

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('npm run dist without an Electron binary', () => {
  const dist = runScript('dist.mjs');
  const distDir = runScript('dist.mjs', ['--dir']);
  const start = runScript('start.mjs');

  it('exits 1 quickly, before building anything', () => {
    expect(dist.status).toBe(1);
    expect(distDir.status).toBe(1);
    expect(dist.seconds).toBeLessThan(20);
    expect(dist.stdout).not.toMatch(/electron-vite|building|electron-builder/i);
  });

  it('names the cause and both fixes: a mirror, or an Electron folder of your own', () => {
    const lines = dist.stderr.trim().split('\n');
    expect(lines[0]).toBe(
      'Shortlist cannot be packaged: the Electron binary is not installed and could not be downloaded.',
    );
    expect(dist.stderr).toContain(`source: ${MIRROR}`);
    expect(dist.stderr).toMatch(/cause: {2}\S/);
    expect(dist.stderr).toContain(
      'ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ npm run dist',
    );
    expect(dist.stderr).toContain('npm run dist -- --config.electronDist=/path/to/electron');
  });

  it('prints no stack trace', () => {
    expect(dist.stderr).not.toMatch(/^\s+at\s/m);
    expect(dist.stderr).not.toMatch(/node:internal|\.js:\d+:\d+/);
  });

  it('says what npm start says, but for packaging', () => {
    const packaging = messageLines(dist.stderr, 'npm run dist');
    const starting = messageLines(start.stderr, 'npm start');
    expect(start.status).toBe(1);
    // Same cause, source and mirror fix; only the headline's verb and the last way out differ.
    expect(packaging[0]?.replace('cannot be packaged', 'cannot start')).toBe(starting[0]);
    expect(packaging.slice(1, 8)).toEqual(starting.slice(1, 8));
  });
});
