// The verdict on an electronegativity scan: a finding above LOW severity fails unless the checked-in
// exceptions file names its rule and file with a reason; an exception that matches nothing fails too,
// so the list cannot outlive the code it excused.
import { z } from 'zod'

export const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'] as const
export type Severity = (typeof SEVERITIES)[number]

export interface Finding {
  ruleId: string
  /** Relative to the repository, with forward slashes. */
  file: string
  line: number
  severity: Severity
  description: string
}

export const exceptionsSchema = z.array(
  z.strictObject({
    ruleId: z.string().regex(/^[A-Z_]+$/, 'a rule ID such as CONTEXT_ISOLATION_JS_CHECK'),
    file: z.string().min(1),
    // A reason someone can check: what makes the finding wrong or harmless here.
    reason: z.string().trim().min(30, 'say why, in a sentence someone can check')
  })
)
export type Exception = z.infer<typeof exceptionsSchema>[number]

export interface Verdict {
  /** Above LOW and not excepted. */
  failures: Finding[]
  excepted: { finding: Finding; exception: Exception }[]
  /** LOW and informational findings without an exception: reported, never failing. */
  notes: Finding[]
  unused: Exception[]
}

const FAIL_ABOVE = SEVERITIES.indexOf('LOW')

export function judge(findings: readonly Finding[], exceptions: readonly Exception[]): Verdict {
  const verdict: Verdict = { failures: [], excepted: [], notes: [], unused: [] }
  const used = new Set<Exception>()
  for (const finding of findings) {
    const exception = exceptions.find((e) => e.ruleId === finding.ruleId && e.file === finding.file)
    if (exception) {
      used.add(exception)
      verdict.excepted.push({ finding, exception })
    } else if (SEVERITIES.indexOf(finding.severity) > FAIL_ABOVE) verdict.failures.push(finding)
    else verdict.notes.push(finding)
  }
  verdict.unused = exceptions.filter((e) => !used.has(e))
  return verdict
}

export const passes = (verdict: Verdict): boolean => verdict.failures.length === 0 && verdict.unused.length === 0
