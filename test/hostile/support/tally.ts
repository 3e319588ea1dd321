// Counts what one hostile test file did (inputs tried, faults injected, crashes, data checks and
// losses) and hands the counts to the summary that `npm run test:hostile` prints at the end.
import { randomUUID } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, inject } from 'vitest'

export interface TallyCounts {
  area: string
  inputs: number
  faults: number
  crashes: number
  dataChecks: number
  dataLost: number
}

export interface Tally {
  /** Hostile inputs handed to Rolecall (payloads, files, command lines, responses). */
  input(count?: number): void
  /** Faults injected at the machine's edge (network, disk, store, clipboard, clock). */
  fault(count?: number): void
  /** Rolecall threw, rejected or answered outside its contract. */
  crash(what: string): void
  /** Records a check that something the user had survived; returns `kept` for the assertion that follows. */
  kept(kept: boolean): boolean
  readonly counts: TallyCounts
}

declare module 'vitest' {
  export interface ProvidedContext {
    hostileTallyDir: string
  }
}

/**
 * One per test file. An exception or rejection nobody handled is a crash too: Vitest reports it and
 * fails the run, and the summary counts it.
 */
export function hostileTally(area: string): Tally {
  const counts: TallyCounts = { area, inputs: 0, faults: 0, crashes: 0, dataChecks: 0, dataLost: 0 }
  const crashes: string[] = []
  const tally: Tally = {
    counts,
    input: (count = 1) => void (counts.inputs += count),
    fault: (count = 1) => void (counts.faults += count),
    crash: (what) => {
      counts.crashes += 1
      crashes.push(what)
    },
    kept: (kept) => {
      counts.dataChecks += 1
      if (!kept) counts.dataLost += 1
      return kept
    }
  }
  const unhandled = (error: unknown) => tally.crash(`unhandled: ${(error as Error)?.stack ?? String(error)}`)
  process.on('unhandledRejection', unhandled)
  process.on('uncaughtExceptionMonitor', unhandled)
  afterAll(() => {
    process.off('unhandledRejection', unhandled)
    process.off('uncaughtExceptionMonitor', unhandled)
    if (crashes.length) console.error(`${area}: ${crashes.length} crash(es):\n${crashes.slice(0, 5).join('\n')}`)
    writeFileSync(join(inject('hostileTallyDir'), `${randomUUID()}.json`), JSON.stringify(counts))
  })
  return tally
}
