// Builds main (ESM) with the CLI beside it, the sandboxed preload (CommonJS, as sandboxed preloads require) and the React
// renderer, whose index.html gets the shared Content-Security-Policy as its first meta tag.
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { contentSecurityPolicy } from './src/shared/csp'

function cspMetaTag(): Plugin {
  let mode: 'production' | 'development' = 'production'
  return {
    name: 'rolecall-csp',
    configResolved(config) {
      mode = config.command === 'serve' ? 'development' : 'production'
    },
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(mode) },
        injectTo: 'head-prepend'
      }
    ]
  }
}

export default defineConfig({
  main: {
    build: {
      // The app's main process, and the `rolecall` CLI (bin/rolecall.js), which runs in plain Node.
      rolldownOptions: {
        input: { index: 'src/main/index.ts', cli: 'src/main/cli/index.ts' },
        // `rolecall list` should cost little more than Node's own start-up, and each chunk it loads costs
        // a file read and a compile: the CLI's light modules go in one chunk, and the catalogue code
        // it shares with the app in another. The CLI's entry (src/main/cli/index.ts) runs a command
        // when imported, so no group may take it: the app imports the shared chunks.
        output: {
          codeSplitting: {
            // A group takes only the modules its test names, not everything they import (the core, the SDK).
            includeDependenciesRecursively: false,
            groups: [
              // Everything the broker path needs (export, credential-process and console served by the app).
              {
                name: 'cli',
                test: /src[\\/]main[\\/]cli[\\/](?!index|core-session|prompt|open-url|list-cache|settings-snapshot|commands[\\/](list|whoami))|src[\\/]main[\\/]core[\\/](export-format|app-paths|url-guard|broker[\\/](client|protocol))\.ts|src[\\/]shared[\\/](mfa-code|region|export-formats|console-services)\.ts|package\.json/
              },
              {
                name: 'catalog',
                test: /src[\\/]main[\\/]core[\\/](config[\\/](aws-files|catalog)|role-views)\.ts|src[\\/]shared[\\/]arn\.ts|shared-ini-file-loader|@smithy[\\/]core[\\/]dist-es[\\/]submodules[\\/]config|@smithy[\\/]types/
              }
            ]
          }
        }
      },
      // Bundled rather than loaded from node_modules, for the CLI's start-up time: the loader's package
      // index pulls in all of @smithy/core's config code (`list` would take twice as long), and conf
      // (the CLI's settings store; the app's goes through electron-store) loads in half the time bundled.
      externalizeDeps: { exclude: ['@smithy/shared-ini-file-loader', 'conf'] }
    }
  },
  preload: {
    build: {
      rollupOptions: {
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    plugins: [react(), cspMetaTag()]
  }
})
