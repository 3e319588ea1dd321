// Roles from the shared AWS config and credentials files: read with the SDK's own loader, checked line by
// line, and, for the app, read again whenever either file changes.
import type { RoleView } from '../../../shared/views'
import type { RolePreferences } from '../store'
import type { AwsFilePaths } from './aws-file-paths'
import { loadAwsFiles, type AwsFiles } from './aws-files'
import { buildCatalog, type ConfigRole } from './config-profiles'
import type { RoleSource } from './role-source'
import { configRoleView } from './role-views'
import { watchAwsFiles } from './watch'

export class ConfigProfiles implements RoleSource {
  private read: { files?: AwsFiles; roles: ConfigRole[] } = { roles: [] }
  private loading: Promise<void> = Promise.resolve()
  private stopWatching: (() => void) | undefined

  /** `onReload` runs after every read, good or bad, once the new roles (or the problem) are in place. */
  constructor(
    readonly paths: AwsFilePaths,
    private readonly onReload: () => void
  ) {}

  /** Reads the files and, for the app, keeps reading them as they change. */
  async load({ watch = false } = {}): Promise<void> {
    await this.reload()
    if (watch && !this.stopWatching) this.stopWatching = watchAwsFiles(this.paths, () => void this.reload())
  }

  stop(): void {
    this.stopWatching?.()
  }

  version(): unknown {
    return this.read.roles
  }

  views(preferences: RolePreferences): RoleView[] {
    return this.read.roles.map((role) => configRoleView(role, preferences))
  }

  problems(): string[] {
    return this.read.files?.fileProblems ?? []
  }

  role(id: string): ConfigRole | undefined {
    return this.read.roles.find((r) => r.id === id)
  }

  /** The files as last read, for the plans that assume their roles. */
  files(): AwsFiles | undefined {
    return this.read.files
  }

  /**
   * One read at a time, in order: the watcher and a start-up load can overlap, and an older read finishing
   * last would put back the files as they were.
   */
  private reload(): Promise<void> {
    this.loading = this.loading.then(() => this.readFiles())
    return this.loading
  }

  private async readFiles(): Promise<void> {
    try {
      const files = await loadAwsFiles(this.paths)
      this.read = { files, roles: buildCatalog(files) }
    } catch (error) {
      // Keep the last good roles; say why the files could not be read now.
      const problem = `The AWS config could not be read: ${(error as Error).message}`
      this.read = { ...this.read, files: this.read.files && { ...this.read.files, fileProblems: [problem] } }
    }
    this.onReload()
  }
}
