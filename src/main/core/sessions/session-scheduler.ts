// When each live session needs attention: expiry warnings at the configured thresholds, an
// auto-refresh a lead time before expiry (with backoff after failures), and expiry itself.
// Everything is recomputed from the wall clock, so sleep, resume and clock jumps are handled by
// re-evaluating rather than trusting timers that were set before.
import type { Timers } from '../ports'

export interface SchedulerPolicy {
  warnBeforeSeconds: readonly number[]
  refreshLeadSeconds: number
}

export type SessionEvent =
  | { type: 'warn'; roleId: string; thresholdSeconds: number; secondsLeft: number }
  | { type: 'refresh'; roleId: string; attempt: number }
  | { type: 'expired'; roleId: string }
  | { type: 'clock-jump'; deltaMs: number }

interface Tracked {
  expiresAt: number
  autoRefresh: boolean
  warned: Set<number>
  refreshAt: number | undefined
  refreshAttempt: number
  expired: boolean
  timer: unknown
}

// A timer set before a sleep can fire hours late; never sleep longer than this between checks.
const MAX_WAIT_MS = 60_000
const HEARTBEAT_MS = 15_000
const JUMP_TOLERANCE_MS = 3_000
const BACKOFF_SECONDS = [15, 30, 60, 120]
const MAX_REFRESH_ATTEMPTS = 5

export class SessionScheduler {
  private readonly tracked = new Map<string, Tracked>()

  constructor(
    private readonly timers: Timers,
    private readonly policy: () => SchedulerPolicy,
    private readonly onEvent: (event: SessionEvent) => void
  ) {}

  /**
   * Starts watching a session. A new expiry (a refresh) starts afresh; the same expiry (a settings
   * change) keeps the warnings already given and the refresh already scheduled or attempted.
   */
  track(roleId: string, expiresAt: number, autoRefresh: boolean): void {
    const previous = this.tracked.get(roleId)
    const same = previous?.expiresAt === expiresAt ? previous : undefined
    this.untrack(roleId)
    const { refreshLeadSeconds } = this.policy()
    const fresh = expiresAt - refreshLeadSeconds * 1000
    this.tracked.set(roleId, {
      expiresAt,
      autoRefresh,
      warned: same?.warned ?? new Set(),
      refreshAt: autoRefresh ? (same && same.refreshAttempt > 0 ? same.refreshAt : fresh) : undefined,
      refreshAttempt: same?.refreshAttempt ?? 0,
      expired: same?.expired ?? false,
      timer: undefined
    })
    this.evaluate(roleId)
  }

  untrack(roleId: string): void {
    const entry = this.tracked.get(roleId)
    if (entry) this.timers.clearTimeout(entry.timer)
    this.tracked.delete(roleId)
  }

  /**
   * A refresh attempt failed: try again after a growing pause while the session still lives.
   * Returns false when there will be no further attempt, so the caller can tell the user.
   */
  refreshFailed(roleId: string): boolean {
    const entry = this.tracked.get(roleId)
    if (!entry) return false
    const pause = BACKOFF_SECONDS[Math.min(entry.refreshAttempt - 1, BACKOFF_SECONDS.length - 1)]! * 1000
    const next = this.timers.now() + pause
    const retry = entry.refreshAttempt < MAX_REFRESH_ATTEMPTS && next < entry.expiresAt
    entry.refreshAt = retry ? next : undefined
    this.evaluate(roleId)
    return retry
  }

  /** After resume, unlock, a clock jump or a settings change: recompute every session now. */
  reevaluate(): void {
    for (const roleId of [...this.tracked.keys()]) this.evaluate(roleId)
  }

  /** Notices wall-clock jumps by comparing it with the monotonic clock on a slow heartbeat. */
  watchClock(): () => void {
    let wall = this.timers.now()
    let mono = this.timers.monotonic()
    let handle: unknown
    const beat = () => {
      const drift = this.timers.now() - wall - (this.timers.monotonic() - mono)
      wall = this.timers.now()
      mono = this.timers.monotonic()
      if (Math.abs(drift) > JUMP_TOLERANCE_MS) {
        this.reevaluate()
        this.onEvent({ type: 'clock-jump', deltaMs: drift })
      }
      handle = this.timers.setTimeout(beat, HEARTBEAT_MS)
    }
    handle = this.timers.setTimeout(beat, HEARTBEAT_MS)
    return () => this.timers.clearTimeout(handle)
  }

  dispose(): void {
    for (const roleId of [...this.tracked.keys()]) this.untrack(roleId)
  }

  private evaluate(roleId: string): void {
    const entry = this.tracked.get(roleId)
    if (!entry) return
    this.timers.clearTimeout(entry.timer)
    const now = this.timers.now()
    const left = entry.expiresAt - now
    if (left <= 0) {
      if (!entry.expired) {
        entry.expired = true
        this.onEvent({ type: 'expired', roleId })
      }
      return
    }
    // A session that will refresh itself first needs no warning yet; once a refresh has been tried
    // and failed, every threshold applies again.
    const { warnBeforeSeconds, refreshLeadSeconds } = this.policy()
    const thresholds = warnBeforeSeconds.filter(
      (t) => !(entry.autoRefresh && entry.refreshAttempt === 0 && t > refreshLeadSeconds)
    )
    if (entry.refreshAt !== undefined && now >= entry.refreshAt) {
      entry.refreshAt = undefined
      entry.refreshAttempt += 1
      this.onEvent({ type: 'refresh', roleId, attempt: entry.refreshAttempt })
      if (this.tracked.get(roleId) !== entry) return
    }
    // After a long sleep several thresholds can be due at once: say only the most urgent.
    const due = thresholds.filter((t) => left <= t * 1000 && !entry.warned.has(t))
    if (due.length) {
      for (const t of due) entry.warned.add(t)
      const thresholdSeconds = Math.min(...due)
      this.onEvent({ type: 'warn', roleId, thresholdSeconds, secondsLeft: Math.ceil(left / 1000) })
    }
    const upcoming = [
      entry.expiresAt,
      ...(entry.refreshAt !== undefined ? [entry.refreshAt] : []),
      ...thresholds.filter((t) => !entry.warned.has(t)).map((t) => entry.expiresAt - t * 1000)
    ].filter((at) => at > now)
    const wait = Math.min(MAX_WAIT_MS, Math.min(...upcoming) - now)
    entry.timer = this.timers.setTimeout(() => this.evaluate(roleId), Math.max(wait, 0))
  }
}
