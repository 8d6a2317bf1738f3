import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';

// Unit tests for shared/, electron/ (with a mocked `electron`), renderer/ and scripts/.
// Files choose a DOM with `// @vitest-environment happy-dom` when they need one.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  plugins: [react()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    reporters: ['default', ['json', { outputFile: '.test-output/vitest.json' }]],
    testTimeout: 20_000,
  },
});
