// The hostile-input and fault suite (`npm run test:hostile`): only test/hostile, with a global setup
// that sums what each file tried and prints one table at the end.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/hostile/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/hostile/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 30_000
  }
})
