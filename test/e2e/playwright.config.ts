import { defineConfig } from '@playwright/test';

/** Debian's Chromium: Playwright's own browser download is blocked on these machines. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.SHORTLIST_E2E_PORT ?? 4317);
// Overridable so parallel local runs (several worktrees or builds) do not share output.
const rendererOut = process.env.SHORTLIST_RENDERER_OUT ?? 'out/renderer';
const resultsDir = process.env.SHORTLIST_E2E_RESULTS ?? '../../test-results';

export default defineConfig({
  testDir: '.',
  outputDir: resultsDir,
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: '../../.test-output/playwright.json' }]],
  use: { baseURL: `http://127.0.0.1:${port}/` },
  projects: [
    {
      name: 'browser',
      testMatch: 'browser/**/*.spec.ts',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
            '--disable-sync',
          ],
        },
      },
    },
    { name: 'electron', testMatch: 'electron/**/*.spec.ts' },
  ],
  webServer: {
    // The renderer as built by `electron-vite build`, served like `npm run start:browser`.
    command: `npx vite preview --outDir ${rendererOut} --host 127.0.0.1 --port ${port} --strictPort`,
    cwd: '../..',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
