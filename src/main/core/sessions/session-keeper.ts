// Live sessions and what happens to them over time: one per role, one of them current; warnings
// before expiry, automatic refresh with retries, and expiry that leaves the session listed until
// dismissed. Nothing disappears or fails silently: every outcome reaches the user.
import { ok, type Result } from '../../../shared/result'
import type { ErrorView, SessionView } from '../../../shared/views'
import { timeOfDay } from '../../../shared/time'
import type { Notifier, Timers } from '../ports'
import { failure } from '../sts'
import { SessionScheduler, type SchedulerPolicy, type SessionEvent } from './session-scheduler'
import { toSessionView, type LiveSession } from './sessions'

export interface KeeperDeps {
  timers: Timers
  notifier: Notifier
  policy: () => SchedulerPolicy
  roleName: (roleId: string) => string
  autoRefresh: (roleId: string) => boolean
  /** Assumes the role again without user input; fails with needsMfaCode when a code is required. */
  reassume: (roleId: string) => Promise<Result<LiveSession>>
  onChange: () => void
  /** Whatever follows the session's credentials (written files, the clipboard), done before refresh returns. */
  onRefreshed: (previous: LiveSession, next: LiveSession) => Promise<void>
}

export class SessionKeeper {
  private readonly sessions = new Map<string, LiveSession>()
  private readonly scheduler: SessionScheduler
  private readonly stopClock: () => void
  private currentId: string | undefined

  constructor(private readonly deps: KeeperDeps) {
    this.scheduler = new SessionScheduler(deps.timers, deps.policy, (event) => this.handle(event))
    this.stopClock = this.scheduler.watchClock()
  }

  get(roleId: string): LiveSession | undefined {
    return this.sessions.get(roleId)
  }

  /** The session the tray, the shortcut and the CLI act on first. */
  /** The role's session while its credentials last: what copy, the console and the CLI hand out. */
  live(roleId: string): Result<LiveSession> {
    const session = this.sessions.get(roleId)
    if (!session) return failure('NoSession', 'This role has no session.')
    if (session.credentials.expiresAt <= this.deps.timers.now()) return failure('NoSession', 'This session has expired. Assume the role again.')
    return ok(session)
  }

  current(): LiveSession | undefined {
    return this.currentId ? this.sessions.get(this.currentId) : undefined
  }

  /** A newly assumed session becomes current and replaces any earlier one for the role. */
  put(session: LiveSession): void {
    this.sessions.set(session.roleId, session)
    this.currentId = session.roleId
    this.track(session)
  }

  setCurrent(roleId: string): boolean {
    if (!this.sessions.has(roleId)) return false
    this.currentId = roleId
    return true
  }

  end(roleId: string): boolean {
    this.scheduler.untrack(roleId)
    const existed = this.sessions.delete(roleId)
    if (this.currentId === roleId) this.currentId = this.pickCurrent()
    return existed
  }

  /** Re-applies the policy (after a settings change) and re-reads auto-refresh choices. */
  retrack(): void {
    for (const session of this.sessions.values()) if (session.status !== 'expired') this.track(session)
  }

  views(): SessionView[] {
    return [...this.sessions.values()].map((s) => toSessionView(s, s.roleId === this.currentId))
  }

  /** After resume from sleep or a screen unlock. */
  reevaluate(): void {
    this.scheduler.reevaluate()
    this.deps.onChange()
  }

  /** Assume again now: the Refresh action, "Assume again" on an expired session, or the scheduler. */
  async refresh(roleId: string, automatic = false): Promise<Result<LiveSession>> {
    const previous = this.sessions.get(roleId)
    if (previous) {
      previous.status = previous.status === 'expired' ? 'expired' : 'refreshing'
      this.deps.onChange()
    }
    const result = await this.deps.reassume(roleId)
    const stale = previous && this.sessions.get(roleId) !== previous
    if (result.ok) {
      const next: LiveSession = { ...result.value, startedAt: previous?.startedAt ?? result.value.startedAt, refreshedAt: this.deps.timers.now() }
      if (!stale) {
        this.sessions.set(roleId, next)
        this.track(next)
        if (previous) await this.deps.onRefreshed(previous, next)
      }
      this.deps.onChange()
      return { ok: true, value: next }
    }
    if (previous && !stale) {
      previous.status = previous.credentials.expiresAt > this.deps.timers.now() ? 'live' : 'expired'
      previous.refreshError = result.error
      if (automatic) this.afterFailedRefresh(previous, result.error)
      this.deps.onChange()
    }
    return result
  }

  dispose(): void {
    this.stopClock()
    this.scheduler.dispose()
    this.sessions.clear()
    this.currentId = undefined
  }

  private track(session: LiveSession): void {
    this.scheduler.track(session.roleId, session.credentials.expiresAt, this.deps.autoRefresh(session.roleId))
  }

  private afterFailedRefresh(session: LiveSession, error: ErrorView): void {
    const name = this.deps.roleName(session.roleId)
    if (error.needsMfaCode) {
      this.notify(session.roleId, `${name} needs an MFA code`, 'Its MFA session has ended. Open Rolecall and assume it again to enter a code.', [
        { id: 'show', label: 'Open Rolecall' }
      ])
      return
    }
    if (!this.scheduler.refreshFailed(session.roleId)) {
      this.notify(session.roleId, `Could not refresh ${name}`, `${error.title} (${error.code}). The session ends ${this.clock(session.credentials.expiresAt)}.`, [
        { id: 'refresh', label: 'Try again' },
        { id: 'dismiss', label: 'Dismiss' }
      ])
    }
  }

  private handle(event: SessionEvent): void {
    if (event.type === 'clock-jump') return this.deps.onChange()
    const session = this.sessions.get(event.roleId)
    if (!session) return
    const name = this.deps.roleName(event.roleId)
    if (event.type === 'refresh') {
      void this.refresh(event.roleId, true)
    } else if (event.type === 'warn') {
      this.notify(event.roleId, `${name} expires in ${Math.ceil(event.secondsLeft / 60)} min`, `The session ends ${this.clock(session.credentials.expiresAt)}.`, [
        { id: 'refresh', label: 'Refresh' },
        { id: 'dismiss', label: 'Dismiss' }
      ])
    } else {
      session.status = 'expired'
      this.deps.onChange()
      this.notify(event.roleId, `${name} has expired`, 'It stays listed until you dismiss it or assume it again.', [
        { id: 'refresh', label: 'Assume again' }
      ])
    }
  }

  private notify(roleId: string, title: string, body: string, actions: Parameters<Notifier['notify']>[0]['actions']): void {
    this.deps.notifier.notify({ title, body, ...(actions ? { actions } : {}) }, (action) => {
      if (action === 'refresh') void this.refresh(roleId)
    })
  }

  private clock(at: number): string {
    return `at ${timeOfDay(at)}`
  }

  private pickCurrent(): string | undefined {
    return [...this.sessions.values()].sort((a, b) => b.startedAt - a.startedAt)[0]?.roleId
  }
}
