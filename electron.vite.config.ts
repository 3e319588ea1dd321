// Builds main (ESM), the sandboxed preload (CommonJS, as sandboxed preloads require), the React
// renderer, whose index.html gets the shared Content-Security-Policy as its first meta tag, and after
// main the `rolecall` CLI (CommonJS, into out/cli).
import { builtinModules } from 'node:module'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { build, type Plugin } from 'vite'
import { dependencies } from './package.json'
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

// Bundled rather than loaded from node_modules (by main as by the CLI): conf (the CLI's settings store;
// the app's goes through electron-store) loads in half the time bundled. The SDK's config loader must
// not be bundled, though it would load faster: Rolecall hands it files through its externalDataInterceptor
// (refused-sections.ts), and only the copy in node_modules is the one the SDK's own credential providers read.
const BUNDLED = ['conf']
const external = new Set([...builtinModules.flatMap((m) => [m, `node:${m}`]), ...Object.keys(dependencies).filter((d) => !BUNDLED.includes(d))])

/**
 * The `rolecall` command (bin/rolecall.js) runs in plain Node, a new process per call, so loading is
 * most of its time. It is CommonJS, like its launcher: on Node 20 an ES module entry costs ~3 ms more,
 * and each further module file ~1 ms (asynchronous reads, URL resolution), which was most of what a
 * call answered by the running app took beyond Node's own start. electron-vite builds only main,
 * preload and renderer, so this one runs when main's is written.
 */
function cliBuild(): Plugin {
  return {
    name: 'rolecall-cli',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        ssr: { noExternal: true },
        build: {
          ssr: true,
          outDir: 'out/cli',
          emptyOutDir: true,
          target: 'node20',
          minify: false,
          reportCompressedSize: false,
          rolldownOptions: {
            input: { cli: 'src/main/cli/index.ts' },
            external: (id) => external.has(id) || external.has(id.split('/', id.startsWith('@') ? 2 : 1).join('/')),
            // dynamicImportInCjs: an import() of a package or builtin left as it is would start the ES module loader.
            output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs', dynamicImportInCjs: false }
          }
        }
      })
    }
  }
}

export default defineConfig({
  main: {
    plugins: [cliBuild()],
    build: {
      rolldownOptions: { input: { index: 'src/main/index.ts' } },
      externalizeDeps: { exclude: BUNDLED }
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
    plugins: [react(), cspMetaTag()],
    // electron-vite leaves the renderer unminified: minified, the app chunk is 290 KB rather than 700 KB, which V8
    // parses and compiles in less time, and the window is usable ~7 ms sooner (renderer bench, 15 loads a side).
    build: { minify: true }
  }
})
