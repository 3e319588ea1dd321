// Shared measurement helpers: interleaved timing of a subject and its baseline, and the report line.

export interface Figure {
  name: string
  value: number
  unit: string
  baseline: number
}

export function line({ name, value, unit, baseline }: Figure): string {
  const round = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(3))
  return `bench: ${name} ${round(value)} ${unit} (baseline ${round(baseline)}, ratio ${(value / baseline).toFixed(2)})`
}

export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

/**
 * Times `subject` and `baseline` alternately, so drift in the machine's load hits both alike.
 * Returns the median milliseconds of each.
 */
export async function interleaved(
  subject: () => Promise<unknown>,
  baseline: () => Promise<unknown>,
  { warmup = 30, rounds = 300 } = {}
): Promise<{ subject: number; baseline: number }> {
  for (let i = 0; i < warmup; i++) {
    await subject()
    await baseline()
  }
  const s: number[] = []
  const b: number[] = []
  for (let i = 0; i < rounds; i++) {
    const order = i % 2 === 0 ? [subject, baseline] : [baseline, subject]
    for (const fn of order) {
      const start = performance.now()
      await fn()
      ;(fn === subject ? s : b).push(performance.now() - start)
    }
  }
  return { subject: median(s), baseline: median(b) }
}
