// Build-time only (a Vite plugin for the renderer in electron.vite.config.ts, never part of the page): the app chunk,
// which main.tsx imports dynamically so that it can ask main for the state first, starts loading with the page rather
// than once main.tsx has run.
import type { Plugin } from 'vite'

/**
 * index.html preloads the chunks main.tsx imports dynamically, so they download (and V8 parses them on its streaming
 * thread) beside main.tsx instead of after it.
 */
export function loadAppChunkEarly(): Plugin {
  let base = './'
  return {
    name: 'rolecall-load-app-chunk-early',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      // No chunk while serving for development, where modules load one by one anyway.
      handler: (_html, { chunk }) =>
        (chunk?.dynamicImports ?? []).map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: base + file },
          injectTo: 'head' as const
        }))
    }
  }
}
