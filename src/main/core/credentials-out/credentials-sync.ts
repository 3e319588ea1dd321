// Keeps the shared credentials file in step with live sessions, for the profiles the user opted into:
// a role's own profile, and one app-wide profile (such as "default") that follows the current session.
// Failures never touch the session; they are reported, and the file is left as it was.
import { removeProfile, writeProfile } from './credentials-file'
import type { LiveSession } from '../sessions'

export interface SyncDeps {
  path: () => string
  /** The role's own profile, if the user asked for one. */
  roleProfile: (roleId: string) => string | undefined
  /** The app-wide profile for the current session, if set. */
  currentProfile: () => string | null
  roleName: (roleId: string) => string
  report: (problem: string | undefined) => void
}

export class CredentialsSync {
  /** profile → role whose credentials Rolecall last wrote there. */
  private readonly written = new Map<string, string>()

  constructor(private readonly deps: SyncDeps) {}

  /** After an assume or a refresh: write the session wherever it belongs. */
  async sessionChanged(session: LiveSession, isCurrent: boolean): Promise<void> {
    const targets = [this.deps.roleProfile(session.roleId), isCurrent ? this.deps.currentProfile() : null]
    await this.run(targets.filter((p): p is string => Boolean(p)).map((profile) => () => this.write(profile, session)))
  }

  /** The current session changed: the app-wide profile follows it, or goes when there is none. */
  async current(session: LiveSession | undefined): Promise<void> {
    const profile = this.deps.currentProfile()
    if (!profile) return
    await this.run([() => (session ? this.write(profile, session) : this.remove(profile))])
  }

  /** A session ended (or its role stopped writing): remove every profile it wrote. */
  async release(roleId: string): Promise<void> {
    const mine = [...this.written].filter(([, owner]) => owner === roleId).map(([profile]) => profile)
    await this.run(mine.map((profile) => () => this.remove(profile)))
  }

  /** On quit, when the user wants the file clean: remove everything Rolecall wrote. */
  async releaseAll(): Promise<void> {
    await this.run([...this.written.keys()].map((profile) => () => this.remove(profile)))
  }

  private async write(profile: string, session: LiveSession): Promise<void> {
    await writeProfile(this.deps.path(), { profile, roleName: this.deps.roleName(session.roleId), credentials: session.credentials })
    this.written.set(profile, session.roleId)
  }

  private async remove(profile: string): Promise<void> {
    await removeProfile(this.deps.path(), profile)
    this.written.delete(profile)
  }

  private async run(steps: (() => Promise<void>)[]): Promise<void> {
    const problems: string[] = []
    for (const step of steps) await step().catch((error: Error) => problems.push(error.message))
    if (steps.length) this.deps.report(problems.length ? problems.join(' ') : undefined)
  }
}
