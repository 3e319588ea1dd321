// Credentials handed to other tools: export snippets copied to the clipboard (cleared after a delay, and
// following the session when it refreshes), sessions written to credentials-file profiles, and the block
// of credential_process profiles in the config file. Every failure is a typed error or a notice.
import type { ExportFormat } from '../../../shared/contract'
import { fail, ok, type Result } from '../../../shared/result'
import type { Notice, RoleView, Settings } from '../../../shared/views'
import type { AwsFilePaths } from '../catalogue'
import type { Handlers } from '../ipc'
import type { Clipboard, Timers } from '../ports'
import type { SessionKeeper, LiveSession } from '../sessions'
import type { AppStore } from '../store'
import { describeError } from '../sts'
import { ClipboardGuard } from './clipboard-guard'
import { CredentialsSync } from './credentials-sync'
import { formatExport } from './export-format'
import { removeProcessProfiles, writeProcessProfiles } from './process-profiles/block'
import { processProfileEntries } from './process-profiles/entries'

export interface CredentialsOutDeps {
  clipboard: Clipboard
  timers: Timers
  paths: AwsFilePaths
  store: AppStore
  keeper: SessionKeeper
  roles(): RoleView[]
  /** The argv that starts the CLI in credential_process lines, each part quoted for the platform's readers. */
  cliCommand: readonly string[]
  notices: { add(notice: Notice): void; remove(id: string): void }
  onChange(): void
}

export class CredentialsOut {
  private readonly clipboard: ClipboardGuard
  private readonly sync: CredentialsSync

  constructor(private readonly deps: CredentialsOutDeps) {
    this.clipboard = new ClipboardGuard(deps.clipboard, deps.timers)
    this.sync = new CredentialsSync({
      path: () => deps.paths.credentials,
      roleProfile: (roleId) => deps.store.extras().credentialsProfiles[roleId],
      currentProfile: () => deps.store.settings().credentialsFileProfile,
      roleName: (roleId) => deps.roles().find((r) => r.id === roleId)?.displayName ?? roleId,
      report: (problem) =>
        problem ? deps.notices.add({ id: 'credentials-file', level: 'error', message: problem }) : deps.notices.remove('credentials-file')
    })
  }

  handlers(): Pick<Handlers, 'sessions:copy-export' | 'roles:credentials-file' | 'config:process-profiles'> {
    return {
      'sessions:copy-export': ({ roleId, format }) => this.copy(roleId, format),
      'roles:credentials-file': ({ roleId, profile }) => this.setCredentialsProfile(roleId, profile),
      'config:process-profiles': ({ enabled }) => this.setProcessProfiles(enabled)
    }
  }

  exportText(roleId: string, format: ExportFormat): Result<string> {
    const live = this.deps.keeper.live(roleId)
    if (!live.ok) return live
    return ok(formatExport(format, { credentials: live.value.credentials, region: live.value.region }))
  }

  /** A session was assumed (it becomes the current one) or refreshed: write it wherever it belongs. */
  async sessionChanged(session: LiveSession, isCurrent: boolean): Promise<void> {
    await this.sync.sessionChanged(session, isCurrent)
  }

  /** A refreshed session: its profiles follow, and so does an export of it still on the clipboard. */
  async refreshed(session: LiveSession): Promise<void> {
    await this.sync.sessionChanged(session, this.deps.keeper.current() === session)
    await this.clipboard.follow(session.roleId, (format) => formatExport(format as ExportFormat, { credentials: session.credentials, region: session.region }))
  }

  /** A session ended: its profiles go, and the app-wide profile follows the new current session. */
  async sessionEnded(roleId: string): Promise<void> {
    await this.sync.release(roleId)
    await this.currentChanged()
  }

  async currentChanged(): Promise<void> {
    await this.sync.current(this.deps.keeper.current())
  }

  /** On quit: Rolecall's text off the clipboard, and its profiles out of the file when the user wants that. */
  async dispose(settings: Settings): Promise<void> {
    await this.clipboard.clearIfOurs()
    if (settings.clearCredentialsFileOnQuit) await this.sync.releaseAll()
  }

  private async copy(roleId: string, format: ExportFormat): Promise<Result<{ clearsInSeconds: number }>> {
    const text = this.exportText(roleId, format)
    if (!text.ok) return text
    const seconds = this.deps.store.settings().clipboardClearSeconds
    try {
      await this.clipboard.copy(text.value, seconds, { roleId, format })
    } catch (error) {
      return fail(describeError(error))
    }
    return ok({ clearsInSeconds: seconds })
  }

  private async setCredentialsProfile(roleId: string, profile: string | null): Promise<Result<null>> {
    try {
      this.deps.store.setCredentialsProfile(roleId, profile)
    } catch (error) {
      return fail(describeError(error))
    }
    this.deps.onChange()
    await this.sync.release(roleId)
    const keeper = this.deps.keeper
    const session = keeper.get(roleId)
    if (session && session.status !== 'expired') await this.sync.sessionChanged(session, keeper.current() === session)
    else await this.currentChanged()
    return ok(null)
  }

  /** "Add credential_process profiles for my roles": one managed block in the config file, or none. */
  private async setProcessProfiles(enabled: boolean): Promise<Result<{ configFile: string; profiles: number }>> {
    const { config } = this.deps.paths
    try {
      if (!enabled) {
        await removeProcessProfiles(config)
        return ok({ configFile: config, profiles: 0 })
      }
      const entries = processProfileEntries(
        this.deps.roles().filter((r) => !r.problem),
        this.deps.cliCommand
      )
      await writeProcessProfiles(config, entries)
      return ok({ configFile: config, profiles: entries.length })
    } catch (error) {
      return fail(describeError(error))
    }
  }
}
