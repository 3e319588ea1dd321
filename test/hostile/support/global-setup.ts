// Global setup of the hostile suite: a folder where each test file leaves its counts, and at the end
// one table of inputs tried, faults injected, crashes and data lost, summed from those counts.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import type { TallyCounts } from './tally'

const COLUMNS = ['inputs tried', 'faults injected', 'crashes', 'data checks', 'data lost'] as const

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'rolecall-hostile-'))
  project.provide('hostileTallyDir', dir)
  return () => {
    const files = readdirSync(dir).map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as TallyCounts)
    rmSync(dir, { recursive: true, force: true })
    const byArea = new Map<string, TallyCounts>()
    for (const counts of files) {
      const sum = byArea.get(counts.area) ?? { area: counts.area, inputs: 0, faults: 0, crashes: 0, dataChecks: 0, dataLost: 0 }
      byArea.set(counts.area, add(sum, counts))
    }
    const areas = [...byArea.values()].sort((a, b) => a.area.localeCompare(b.area))
    const total = areas.reduce(add, { area: 'total', inputs: 0, faults: 0, crashes: 0, dataChecks: 0, dataLost: 0 })
    console.log(`\nHostile input and faults (${files.length} test files)\n${table([...areas, total])}\n`)
    // The tests assert both are zero; this keeps the exit code honest even if an assertion were skipped.
    if (total.crashes > 0 || total.dataLost > 0) process.exitCode = 1
  }
}

function add(sum: TallyCounts, counts: TallyCounts): TallyCounts {
  return {
    area: sum.area,
    inputs: sum.inputs + counts.inputs,
    faults: sum.faults + counts.faults,
    crashes: sum.crashes + counts.crashes,
    dataChecks: sum.dataChecks + counts.dataChecks,
    dataLost: sum.dataLost + counts.dataLost
  }
}

function table(rows: TallyCounts[]): string {
  const cells = [
    ['area', ...COLUMNS],
    ...rows.map((r) => [r.area, r.inputs, r.faults, r.crashes, r.dataChecks, r.dataLost].map(String))
  ]
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)))
  const line = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')
  const rule = widths.map((w) => '-'.repeat(w)).join('  ')
  return [line(cells[0]!), rule, ...cells.slice(1, -1).map(line), rule, line(cells.at(-1)!)].join('\n')
}
