#!/usr/bin/env node
// `npm test`: every check and test runner in turn, then one plain totals line.
// Each step runs even when an earlier one failed, so one run reports everything.
// Typecheck, lint and build count as one check each; Vitest and Playwright count
// their tests from their JSON reports (their own closing lines are not parsed).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outputDir = join(root, '.test-output');
rmSync(outputDir, { recursive: true, force: true });
mkdirSync(outputDir, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const skipReasons = [];

function run(label, command, args) {
  console.log(`\n=== ${label}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function check(label, command, args) {
  const ok = run(label, command, args);
  totals[ok ? 'passed' : 'failed'] += 1;
  console.log(`=== ${label}: ${ok ? 'passed' : 'FAILED'}`);
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(join(outputDir, file), 'utf8'));
  } catch {
    return undefined;
  }
}

function countVitest(exitedCleanly) {
  const report = readJson('vitest.json');
  if (!report) {
    console.log('=== Vitest wrote no report: counted as one failure');
    totals.failed += 1;
    return;
  }
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
  if (report.numTotalTests === 0) totals.failed += 1;
  for (const file of report.testResults) {
    if (file.status === 'failed' && file.assertionResults.length === 0) totals.failed += 1;
    for (const test of file.assertionResults) {
      if (test.status === 'skipped' || test.status === 'pending' || test.status === 'todo') {
        skipReasons.push(`vitest: ${test.fullName} (${file.name.replace(root, '')})`);
      }
    }
  }
  // Unhandled errors fail the run without failing a test: the exit code still counts.
  if (!exitedCleanly && report.numFailedTests === 0) {
    console.log('=== Vitest failed outside any test (see above): counted as one failure');
    totals.failed += 1;
  }
}

function collectPlaywrightSkips(suite) {
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests) {
      if (test.status !== 'skipped') continue;
      const reason =
        test.annotations.find((a) => a.type === 'skip')?.description ?? 'no reason given';
      skipReasons.push(`${test.projectName}: ${spec.title} — ${reason}`);
    }
  }
  for (const child of suite.suites ?? []) collectPlaywrightSkips(child);
}

function countPlaywright(exitedCleanly) {
  const report = readJson('playwright.json');
  if (!report) {
    console.log('=== Playwright wrote no report: counted as one failure');
    totals.failed += 1;
    return;
  }
  const { expected, unexpected, skipped, flaky } = report.stats;
  totals.passed += expected;
  totals.failed += unexpected + flaky + (report.errors?.length ?? 0);
  totals.skipped += skipped;
  if (expected + unexpected + flaky === 0) totals.failed += 1;
  for (const suite of report.suites) collectPlaywrightSkips(suite);
  if (!exitedCleanly && unexpected + flaky + (report.errors?.length ?? 0) === 0) {
    console.log('=== Playwright failed outside any test (see above): counted as one failure');
    totals.failed += 1;
  }
}

check('typecheck', 'npm', ['run', '--silent', 'typecheck']);
check('lint', 'npm', ['run', '--silent', 'lint']);
countVitest(
  run('unit tests (Vitest)', 'npx', ['vitest', 'run', '--config', 'test/vitest.config.ts']),
);
const built = check('build (electron-vite)', 'npx', ['electron-vite', 'build']);
if (built && existsSync(join(root, 'out/renderer/index.html'))) {
  const e2eArgs = ['playwright', 'test', '--config', 'test/e2e/playwright.config.ts'];
  countPlaywright(run('end-to-end (Playwright)', 'npx', e2eArgs));
} else {
  console.log('=== end-to-end: not run because the build failed (counted as one failure)');
  totals.failed += 1;
}

if (skipReasons.length) {
  console.log('\nSkipped, and why:');
  for (const reason of skipReasons) console.log(`- ${reason}`);
}
console.log('');
const skippedPart = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`${totals.passed} passed, ${totals.failed} failed${skippedPart}`);
process.exit(totals.failed > 0 ? 1 : 0);
