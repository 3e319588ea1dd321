// The architecture's rules, checked by dependency-cruiser in `npm run lint` (npm test): Electron stays in the
// adapter, the renderer and the shared contract never reach into main, the core's capability folders reach one
// another only through their index.ts, and nothing imports in a cycle, type-only imports included.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'electron-only-in-adapter',
      comment: 'The core runs in plain Node: only the adapter (src/main/electron), the composition root and the preload import Electron.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/main/electron/', '^src/main/index\\.ts$', '^src/preload/'] },
      to: { path: '^(electron$|node_modules/electron/)' }
    },
    {
      name: 'renderer-and-shared-stay-out-of-main',
      comment: 'The renderer sees views only, and the contract is shared by all three processes.',
      severity: 'error',
      from: { path: '^src/(renderer|shared)/' },
      to: { path: '^src/main/' }
    },
    {
      name: 'preload-is-the-contract-only',
      comment: 'The preload builds the bridge from the contract and nothing else.',
      severity: 'error',
      from: { path: '^src/preload/' },
      to: { path: '^src/(main|renderer)/' }
    },
    {
      name: 'capabilities-through-their-index',
      comment: "A capability folder of the core reaches another only through that folder's index.ts, so a folder's inside can change without reaching into the others; tests may reach in.",
      severity: 'error',
      from: { path: '^src/main/core/([^/]+)/', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/main/core/[^/]+/', pathNot: ['^src/main/core/$1/', '^src/main/core/[^/]+/index\\.ts$'] }
    },
    {
      name: 'composition-root-through-indexes',
      comment: 'The composition root and the modules beside it use the capabilities through their index.ts too.',
      severity: 'error',
      from: { path: '^src/main/core/[^/]+\\.ts$', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/main/core/[^/]+/', pathNot: '^src/main/core/[^/]+/index\\.ts$' }
    },
    {
      name: 'no-cycles',
      comment: 'Type-only imports count too: a cycle through types still ties two modules into one.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true }
    }
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] }
  }
}
