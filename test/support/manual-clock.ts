// A clock the test moves by hand, behind the core's Timers port: wall time can jump (sleep, NTP,
// a user changing the time) independently of the monotonic clock, and timers fire as time passes.
import type { Timers } from '../../src/main/core/ports'

interface Task {
  at: number
  fn: () => void
  id: number
}

export class ManualClock implements Timers {
  private wall: number
  private mono = 0
  private tasks: Task[] = []
  private nextId = 1

  constructor(start = Date.parse('2026-11-28T09:00:00Z')) {
    this.wall = start
  }

  now(): number {
    return this.wall
  }

  monotonic(): number {
    return this.mono
  }

  setTimeout(fn: () => void, ms: number): unknown {
    const task = { at: this.mono + Math.max(0, ms), fn, id: this.nextId++ }
    this.tasks.push(task)
    return task.id
  }

  clearTimeout(handle: unknown): void {
    this.tasks = this.tasks.filter((t) => t.id !== handle)
  }

  /** Lets time pass: runs each due timer in order, letting promises settle in between. */
  async advance(ms: number): Promise<void> {
    const end = this.mono + ms
    for (;;) {
      const next = this.tasks.filter((t) => t.at <= end).sort((a, b) => a.at - b.at || a.id - b.id)[0]
      if (!next) break
      this.wall += next.at - this.mono
      this.mono = next.at
      this.tasks = this.tasks.filter((t) => t !== next)
      next.fn()
      await settle()
    }
    this.wall += end - this.mono
    this.mono = end
    await settle()
  }

  /** Moves the wall clock only, as a clock change or a sleep the process did not see would. */
  jump(ms: number): void {
    this.wall += ms
  }
}

/** Gives pending promise chains and loopback HTTP round trips a chance to finish. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve))
}
