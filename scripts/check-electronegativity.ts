// npm run lint:electron: scans src/ with electronegativity (Doyensec's Electron security linter) for
// the installed Electron version and fails on anything above LOW that electronegativity-exceptions.json
// does not excuse. It uses electronegativity's Node API rather than its CLI: the CLI's SARIF output has
// no severity (only 'note' or 'warning'), and with an output file the CLI drops parse errors silently,
// leaving a file that failed to parse unchecked without a word.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { exceptionsSchema, judge, passes, SEVERITIES, type Finding, type Severity } from './electronegativity-gate'

interface Issue {
  id: string
  file: string
  location: { line: number }
  severity: { name: string }
  description: string
}
interface ScanResult {
  issues: Issue[]
  errors: { file: string; message: string; tolerable: boolean }[]
}
type Run = (options: Record<string, unknown>) => Promise<ScanResult>

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const SOURCES = join(ROOT, 'src')
const EXCEPTIONS = join(ROOT, 'electronegativity-exceptions.json')

const require = createRequire(import.meta.url)
const run = require('@doyensec/electronegativity') as Run
const electronVersion = (require('electron/package.json') as { version: string }).version

const result = await run({
  input: SOURCES,
  isRelative: true,
  // Its defaults table tells insecure defaults from secure ones; without a version it assumes Electron 0.1.
  electronVersionOverride: electronVersion,
  customScan: [],
  // Compares package.json's Electron with GitHub's release list: it needs the network and a package.json
  // among the scanned files, so it can only time out here. Dependency updates cover that item.
  excludeFromScan: ['availablesecurityfixesglobalcheck']
})

const findings: Finding[] = result.issues.map((issue) => ({
  ruleId: issue.id,
  file: relative(ROOT, join(SOURCES, issue.file)).split('\\').join('/'),
  line: issue.location.line,
  severity: (SEVERITIES as readonly string[]).includes(issue.severity.name) ? (issue.severity.name as Severity) : 'HIGH',
  description: issue.description
}))
const exceptions = exceptionsSchema.parse(JSON.parse(readFileSync(EXCEPTIONS, 'utf8')))
const verdict = judge(findings, exceptions)
const at = (f: Finding): string => `${f.severity} ${f.ruleId} ${f.file}:${f.line}: ${f.description}`

const unparsed = result.errors.filter((error) => !error.tolerable)
for (const error of result.errors) console.error(`${error.tolerable ? 'warning' : 'error'}: could not parse ${error.file}: ${error.message}`)
for (const { finding, exception } of verdict.excepted) process.stdout.write(`excepted ${at(finding)}\n  reason: ${exception.reason}\n`)
for (const finding of verdict.notes) process.stdout.write(`note ${at(finding)}\n`)
for (const finding of verdict.failures) console.error(`FAIL ${at(finding)}`)
for (const exception of verdict.unused) {
  console.error(`FAIL unused exception ${exception.ruleId} ${exception.file}: nothing matches it any more; remove it from electronegativity-exceptions.json`)
}
const ok = passes(verdict) && unparsed.length === 0
process.stdout.write(
  `electronegativity (Electron ${electronVersion}): ${findings.length} findings, ${verdict.excepted.length} excepted, ` +
    `${verdict.notes.length} at LOW or below, ${verdict.failures.length} failing, ${verdict.unused.length} unused exceptions — ${ok ? 'ok' : 'FAILED'}\n`
)
if (!ok) process.exitCode = 1
