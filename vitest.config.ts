// Unit and integration tests: the Electron-free core, the shared contract and the local STS, in plain Node.
import { configDefaults, defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The hostile suite has its own config and summary (vitest.hostile.config.ts, npm run test:hostile).
    exclude: [...configDefaults.exclude, 'test/hostile/**'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 20_000
  }
})
