// Builds main (ESM), the sandboxed preload (CommonJS, as sandboxed preloads require) and the React
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
  main: {},
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
