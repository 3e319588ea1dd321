// Build-time only (a Vite plugin for the renderer in electron.vite.config.ts, never part of the page): the app chunk,
// which main.tsx imports dynamically so that it can ask main for the state first, starts loading and compiling with
// the page rather than once main.tsx has run.
import type { Plugin } from 'vite'

/**
 * index.html preloads the chunks main.tsx imports dynamically, so they download beside main.tsx instead of after it,
 * and each carries V8's explicit compile hint, so V8 compiles all of its functions on the streaming thread while it
 * downloads instead of one at a time on the main thread during the first render (~10 ms of main-thread work).
 */
export function loadAppChunkEarly(): Plugin {
  let base = './'
  return {
    name: 'rolecall-load-app-chunk-early',
    config: () => ({
      build: {
        // postBanner comes after minification, which would drop a banner comment.
        rolldownOptions: { output: { postBanner: (chunk) => (chunk.isDynamicEntry ? '//# allFunctionsCalledOnLoad' : '') } }
      }
    }),
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
