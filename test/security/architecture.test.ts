// The architecture rules (.dependency-cruiser.cjs) hold on the real tree, and each one catches what it is
// for: a small tree with one violation per rule is cruised with the project's own configuration.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '../..')
const DEPCRUISE = join(ROOT, 'node_modules/.bin/depcruise')
const CONFIG = join(ROOT, '.dependency-cruiser.cjs')

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rolecall-arch-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

describe('architecture rules', () => {
  it('pass on the source tree', () => {
    const run = spawnSync(DEPCRUISE, ['src', '--config', CONFIG], { cwd: ROOT, encoding: 'utf8' })
    expect(run.stdout + run.stderr).toMatch(/no dependency violations found/)
    expect(run.status).toBe(0)
  })

  it('catch Electron in the core, main in the renderer or the contract, and cycles through types', () => {
    const dir = tree({
      'tsconfig.json': '{"compilerOptions":{"module":"esnext","moduleResolution":"bundler","strict":true}}',
      // Electron's package, as the machine's edge: only its name and entry matter to the cruiser.
      'node_modules/electron/package.json': '{"name":"electron","main":"index.js"}',
      'node_modules/electron/index.js': 'module.exports = {}',
      'src/main/core/uses-electron.ts': "import { app } from 'electron'\nexport const a = app\n",
      'src/main/electron/adapter.ts': "import { app } from 'electron'\nexport const e = app\n",
      'src/main/core/a.ts': "import type { B } from './b'\nexport type A = { b?: B }\n",
      'src/main/core/b.ts': "import type { A } from './a'\nexport type B = { a?: A }\n",
      'src/renderer/view.ts': "import type { A } from '../main/core/a'\nexport type V = A\n",
      'src/shared/contract.ts': "import { a } from '../main/core/uses-electron'\nexport const c = a\n",
      'src/preload/index.ts': "import type { V } from '../renderer/view'\nexport type P = V\n",
      'src/main/core/store/index.ts': "export { load } from './load'\n",
      'src/main/core/store/load.ts': 'export const load = 1\n',
      'src/main/core/sessions/through-index.ts': "import { load } from '../store'\nexport const a = load\n",
      'src/main/core/sessions/reaching-in.ts': "import { load } from '../store/load'\nexport const b = load\n",
      'src/main/core/sessions/reaching-in.test.ts': "import { load } from '../store/load'\nexport const c = load\n",
      'src/main/core/root.ts': "import { load } from './store/load'\nexport const d = load\n"
    })
    const out = execFileSync(DEPCRUISE, ['src', '--config', CONFIG, '--output-type', 'json'], { cwd: dir, encoding: 'utf8' })
    const violations = (JSON.parse(out) as { summary: { violations: { rule: { name: string }; from: string }[] } }).summary.violations
    expect(violations.map((v) => `${v.rule.name} ${v.from}`).sort()).toEqual([
      'capabilities-through-their-index src/main/core/sessions/reaching-in.ts',
      'composition-root-through-indexes src/main/core/root.ts',
      'electron-only-in-adapter src/main/core/uses-electron.ts',
      'no-cycles src/main/core/a.ts',
      'preload-is-the-contract-only src/preload/index.ts',
      'renderer-and-shared-stay-out-of-main src/renderer/view.ts',
      'renderer-and-shared-stay-out-of-main src/shared/contract.ts'
    ])
  })
})
