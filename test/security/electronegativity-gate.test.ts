// How npm run lint:electron judges electronegativity's findings, and that the checked-in exceptions
// file is well-formed: every exception names a rule, a file that exists and a reason.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exceptionsSchema, judge, passes, type Finding } from '../../scripts/electronegativity-gate'

const ROOT = join(import.meta.dirname, '../..')

const finding = (ruleId: string, file: string, severity: Finding['severity']): Finding => ({ ruleId, file, line: 1, severity, description: '' })
const exception = (ruleId: string, file: string) => ({ ruleId, file, reason: 'because a test says so, in enough words' })

describe('judge', () => {
  it('fails a finding above LOW that no exception names', () => {
    const verdict = judge([finding('SANDBOX_JS_CHECK', 'src/a.ts', 'MEDIUM'), finding('CONTEXT_ISOLATION_JS_CHECK', 'src/a.ts', 'HIGH')], [])
    expect(verdict.failures.map((f) => f.ruleId)).toEqual(['SANDBOX_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK'])
    expect(passes(verdict)).toBe(false)
  })

  it('reports LOW and informational findings without failing', () => {
    const verdict = judge([finding('CSP_GLOBAL_CHECK', 'src/a.ts', 'LOW'), finding('X_CHECK', 'src/a.ts', 'INFORMATIONAL')], [])
    expect(verdict.notes).toHaveLength(2)
    expect(passes(verdict)).toBe(true)
  })

  it('excuses a finding only by its rule in its file', () => {
    const verdict = judge(
      [finding('SANDBOX_JS_CHECK', 'src/a.ts', 'MEDIUM'), finding('SANDBOX_JS_CHECK', 'src/b.ts', 'MEDIUM')],
      [exception('SANDBOX_JS_CHECK', 'src/a.ts')]
    )
    expect(verdict.excepted.map((e) => e.finding.file)).toEqual(['src/a.ts'])
    expect(verdict.failures.map((f) => f.file)).toEqual(['src/b.ts'])
  })

  it('fails an exception that no longer matches anything', () => {
    const verdict = judge([], [exception('SANDBOX_JS_CHECK', 'src/gone.ts')])
    expect(verdict.unused).toHaveLength(1)
    expect(passes(verdict)).toBe(false)
  })
})

describe('electronegativity-exceptions.json', () => {
  const exceptions = exceptionsSchema.parse(JSON.parse(readFileSync(join(ROOT, 'electronegativity-exceptions.json'), 'utf8')))

  it('names files that exist, each rule and file once', () => {
    expect(exceptions.filter((e) => !existsSync(join(ROOT, e.file)))).toEqual([])
    const keys = exceptions.map((e) => `${e.ruleId} ${e.file}`)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('rejects an exception without a real reason', () => {
    expect(exceptionsSchema.safeParse([{ ruleId: 'SANDBOX_JS_CHECK', file: 'src/a.ts', reason: 'fine' }]).success).toBe(false)
  })
})
