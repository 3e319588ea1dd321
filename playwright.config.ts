// End-to-end tests: the built renderer in Debian's Chromium against the real core (project "renderer"),
// and the packaged app through Playwright's _electron where an Electron binary exists (project "electron").
import { defineConfig } from '@playwright/test'

export default defineConfig({
  testDir: 'e2e',
  timeout: 30_000,
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  use: { trace: 'off' },
  projects: [
    {
      name: 'renderer',
      testDir: 'e2e/specs',
      use: {
        browserName: 'chromium',
        viewport: { width: 400, height: 640 },
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync'
          ]
        }
      }
    },
    { name: 'electron', testDir: 'e2e/electron' }
  ]
})
