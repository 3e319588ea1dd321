// The architecture's rules, checked by dependency-cruiser in `npm run lint` (npm test): Electron stays in the
// adapter, the renderer and the shared contract never reach into main, and nothing imports in a cycle,
// type-only imports included.
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
