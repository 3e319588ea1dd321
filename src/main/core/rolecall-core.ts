// The composition root of the main process's logic, free of Electron: it builds each capability (the
// catalogue and its role sources, source identity, assuming, sessions, credentials out, the console, the
// store), wires them together, puts their handlers into one table per IPC channel and owns the stream of
// AppState snapshots. The app, the broker and the CLI all drive the same object.
import { ok, type Result } from '../../shared/result'
import type { AppState, Notice, RoleView, SourceView } from '../../shared/views'
import { Assumer, MfaPrompts, MfaSessions, Plans } from './assume'
import { AppRoles, awsFilePaths, type AwsFilePaths, Catalogue, ConfigProfiles, roleHandlers } from './catalogue'
import { ConsoleSessions, type ConsoleWhere, signinOverride } from './console'
import { CredentialsOut } from './credentials-out'
import type { Handlers } from './ipc'
import { Notices } from './notices'
import { systemTimers, type Clipboard, type ExternalOpener, type KeyValueStore, type Notifier, type Timers, type WindowControl } from './ports'
import { sessionHandlers, SessionKeeper } from './sessions'
import { SourceIdentity } from './source'
import { AppStore, settingsHandlers, keepUnsaved } from './store'
import { StsGateway, type GatewayOptions, type TemporaryCredentials } from './sts'

export interface CoreDeps {
  store: KeyValueStore
  clipboard: Clipboard
  opener: ExternalOpener
  timers?: Timers
  env?: NodeJS.ProcessEnv
  gateway?: GatewayOptions
  notices?: Notice[]
  notifier?: Notifier
  window?: WindowControl
  /**
   * The argv that starts the CLI in credential_process lines, e.g. [node, "/opt/My Apps/rolecall.js"];
   * ["rolecall"] (on PATH) by default. Each part is quoted for the platform's readers.
   */
  cliCommand?: readonly string[]
}

export class RolecallCore {
  readonly handlers: Handlers
  readonly paths: AwsFilePaths
  private readonly listeners = new Set<(state: AppState) => void>()
  private readonly store: AppStore
  private readonly notices: Notices
  private readonly config: ConfigProfiles
  private readonly catalogue: Catalogue
  private readonly source: SourceIdentity
  private readonly plans: Plans
  private readonly mfa: MfaSessions
  private readonly mfaPrompts: MfaPrompts
  private readonly keeper: SessionKeeper
  private readonly assumer: Assumer
  private readonly credentialsOut: CredentialsOut
  private readonly console: ConsoleSessions

  constructor(deps: CoreDeps) {
    const timers = deps.timers ?? systemTimers
    const env = deps.env ?? process.env
    const emit = (): void => this.emit()
    this.notices = new Notices(deps.notices ?? [], emit)
    const signin = signinOverride(env).problem
    if (signin) this.notices.add({ id: 'signin-endpoint', level: 'warning', message: signin })
    const kept = keepUnsaved(deps.store, (reason) =>
      reason === undefined
        ? this.notices.remove('store-unsaved')
        : this.notices.add({
            id: 'store-unsaved',
            level: 'error',
            message: `Rolecall could not save its settings to ${deps.store.path}: ${reason}. Your changes are kept until Rolecall quits.`
          })
    )
    const store = (this.store = new AppStore(kept, (write) => timers.setTimeout(write, 2000)))
    this.paths = awsFilePaths(env)
    const gateway = new StsGateway(deps.gateway, () => timers.now())

    // Where roles come from. A new read of the files can change any config role's plan.
    const appRoles = new AppRoles(store)
    this.config = new ConfigProfiles(this.paths, () => {
      this.plans.forget()
      emit()
    })
    this.catalogue = new Catalogue([appRoles, this.config], () => store.extras())
    const role = (id: string): RoleView | undefined => this.catalogue.role(id)

    this.source = new SourceIdentity({
      env,
      gateway,
      settings: () => store.settings(),
      onRegion: () => this.plans.forget(),
      // App roles are assumed from the source profile, so its working credentials clear what blamed them.
      onConfirmed: () => this.assumer.sourceConfirmed((roleId) => appRoles.role(roleId) !== undefined),
      onChange: emit
    })
    this.plans = new Plans({
      appRole: (id) => appRoles.role(id),
      configRole: (id) => this.config.role(id),
      files: () => this.config.files(),
      appBase: () => this.source.appBase(),
      defaultRegion: () => this.source.defaultRegion(),
      env
    })
    this.mfa = new MfaSessions(gateway, timers)
    this.mfaPrompts = new MfaPrompts(emit)

    this.keeper = new SessionKeeper({
      timers,
      notifier: deps.notifier ?? { notify: () => undefined },
      policy: () => {
        const { warnBeforeSeconds, refreshLeadSeconds } = store.settings()
        return { warnBeforeSeconds, refreshLeadSeconds }
      },
      roleName: (roleId) => role(roleId)?.displayName ?? roleId,
      autoRefresh: (roleId) => role(roleId)?.autoRefresh ?? false,
      reassume: (roleId) => this.assumer.live(roleId),
      onChange: emit,
      onRefreshed: async (_previous, next) => {
        void this.assumer.confirmIdentity(next)
        await this.credentialsOut.refreshed(next)
      }
    })
    const keeper = this.keeper
    this.credentialsOut = new CredentialsOut({
      clipboard: deps.clipboard,
      timers,
      paths: this.paths,
      store,
      keeper,
      roles: () => this.catalogue.roles(),
      cliCommand: deps.cliCommand ?? ['rolecall'],
      notices: this.notices,
      onChange: emit
    })
    this.assumer = new Assumer({
      plans: this.plans,
      gateway,
      mfa: this.mfa,
      source: this.source,
      keeper,
      timers,
      settings: () => store.settings(),
      role,
      onAssumed: async (session) => {
        await this.credentialsOut.sessionChanged(session, true)
        store.markUsed(session.roleId, timers.now())
      },
      onChange: emit
    })
    this.console = new ConsoleSessions({ keeper, timers, env, opener: deps.opener, signOutFirst: () => store.settings().consoleSignOutFirst })

    this.handlers = {
      'app:get-state': async () => ok(this.state()),
      'window:hide': async () => {
        deps.window?.hide()
        return ok(null)
      },
      'source:refresh': async () => ok(await this.source.refresh()),
      ...roleHandlers({ appRoles, store, keeper, assumer: this.assumer, plans: this.plans, onChange: emit }),
      ...sessionHandlers({ keeper, assumer: this.assumer, written: this.credentialsOut, onChange: emit }),
      ...this.credentialsOut.handlers(),
      ...this.console.handlers(),
      ...settingsHandlers(store, (before, after) => {
        // Plans hold the source profile and default region; the scheduler reads the thresholds.
        this.plans.forget()
        keeper.retrack()
        emit()
        if (after.sourceProfile !== before.sourceProfile) this.source.profileChanged()
      })
    }
  }

  /** Loads the AWS config's roles and, for the app, keeps them current as the files change. */
  loadCatalog(options: { watch?: boolean } = {}): Promise<void> {
    return this.config.load(options)
  }

  subscribe(listener: (state: AppState) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  state(): AppState {
    return {
      source: this.source.view(),
      roles: this.catalogue.roles(),
      sessions: this.keeper.views(),
      activity: this.assumer.activities(),
      settings: this.store.settings(),
      notices: this.notices.list(),
      accounts: this.store.extras().accounts,
      mfaSessions: this.mfa.live(),
      mfaPrompts: this.mfaPrompts.list(),
      catalog: { configFile: this.paths.config, credentialsFile: this.paths.credentials, problems: this.catalogue.problems() }
    }
  }

  /** Every role as the window sees it. */
  roles(): RoleView[] {
    return this.catalogue.roles()
  }

  /** The role a name from outside the window means (the CLI's ROLE, the broker's request): see catalogue/resolve. */
  resolveRole(name: string): Result<RoleView> {
    return this.catalogue.resolve(name)
  }

  role(id: string): RoleView | undefined {
    return this.catalogue.role(id)
  }

  refreshSource(): Promise<SourceView> {
    return this.source.refresh()
  }

  /** A live session's credentials, assuming the role when needed; for the CLI and the broker only. */
  credentialsFor(roleId: string, options: { mfaCode?: string; durationSeconds?: number } = {}): Promise<Result<{ credentials: TemporaryCredentials; region: string }>> {
    return this.assumer.credentialsFor(roleId, options)
  }

  exportText(...args: Parameters<CredentialsOut['exportText']>): Result<string> {
    return this.credentialsOut.exportText(...args)
  }

  consoleUrl(roleId: string, where: ConsoleWhere = {}): Promise<Result<string>> {
    return this.console.url(roleId, where)
  }

  /** Tells the user something outside any one role (a taken shortcut, a recovered settings file). */
  addNotice(notice: Notice): void {
    this.notices.add(notice)
  }

  removeNotice(id: string): void {
    this.notices.remove(id)
  }

  /** Asks the window for the role's MFA code until the returned function is called. */
  promptForMfa(roleId: string): () => void {
    return this.mfaPrompts.ask(roleId)
  }

  /** The current session's role, for the tray and the global shortcut. */
  currentRoleId(): string | undefined {
    return this.keeper.current()?.roleId
  }

  /** Resume from sleep or a screen unlock: every timer and countdown is re-evaluated now. */
  reevaluate(): void {
    this.keeper.reevaluate()
  }

  /** Clears Rolecall's text from the clipboard and forgets every secret; called on quit. */
  async dispose(): Promise<void> {
    this.config.stop()
    this.store.flush()
    await this.credentialsOut.dispose(this.store.settings())
    this.keeper.dispose()
    this.mfa.clear()
    this.listeners.clear()
  }

  private emit(): void {
    if (this.listeners.size === 0) return
    const snapshot = this.state()
    for (const listener of this.listeners) listener(snapshot)
  }
}
