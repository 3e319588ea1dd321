// The main process's brain, free of Electron: the role catalogue (app roles and AWS config profiles),
// source identity, assume, sessions, copy and console, exposed as one handler per IPC channel plus a
// stream of AppState snapshots. The CLI drives the same object.
import { randomUUID } from 'node:crypto'
import type { z } from 'zod'
import type { Channel } from '../../shared/channels'
import type { contract, ExportFormat, ResponseOf } from '../../shared/contract'
import { fail, ok, type Fail, type Ok } from '../../shared/result'
import type { AppState, Notice, RoleActivity, RoleView, SessionView, SourceView } from '../../shared/views'
import { AppStore, type StoredRole } from './store/app-store'
import { keepUnsaved } from './store/unsaved-store'
import { runPlan } from './assume/assume-flow'
import { describeError } from './sts/aws-errors'
import { ClipboardGuard } from './credentials-out/clipboard-guard'
import { removeProcessProfiles, writeProcessProfiles } from './credentials-out/process-profiles/block'
import { CredentialsSync } from './credentials-out/credentials-sync'
import { awsFilePaths, loadAwsFiles, type AwsFilePaths, type AwsFiles } from './catalogue/aws-files'
import { buildCatalog, type ConfigRole } from './catalogue/config-profiles'
import { hopTags, planForConfigRole, type AssumePlan, type Hop } from './assume/plan'
import { watchAwsFiles } from './catalogue/watch'
import { buildConsoleUrl } from './console/console-signin'
import { signinOverride } from './console/signin-endpoint'
import { formatExport } from './credentials-out/export-format'
import { MfaSessions } from './assume/mfa-sessions'
import {
  systemTimers,
  type Clipboard,
  type ExternalOpener,
  type KeyValueStore,
  type Notifier,
  type Timers,
  type WindowControl
} from './ports'
import { processProfileEntries } from './credentials-out/process-profiles/entries'
import { resolveRole } from './catalogue/resolve'
import { appRoleView, configRoleView } from './catalogue/role-views'
import { SessionKeeper } from './sessions/session-keeper'
import { toSessionView, type LiveSession } from './sessions/sessions'
import { FALLBACK_REGION, SourceCredentials } from './source/source-credentials'
import { StsGateway, type GatewayOptions, type TemporaryCredentials } from './sts/sts-gateway'
import { isAllowedExternalUrl } from './console/url-guard'

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

export type Handlers = {
  [C in Channel]: (request: z.output<(typeof contract)[C]['request']>) => Promise<ResponseOf<C>>
}


const CONSOLE_MAX_SECONDS = 43200
const CONSOLE_MIN_SECONDS = 900

export class RolecallCore {
  readonly handlers: Handlers
  readonly paths: AwsFilePaths
  private readonly store: AppStore
  private readonly timers: Timers
  private readonly env: NodeJS.ProcessEnv
  private readonly gateway: StsGateway
  private readonly source: SourceCredentials
  private readonly mfa: MfaSessions
  private readonly clipboard: ClipboardGuard
  private readonly opener: ExternalOpener
  private readonly window: WindowControl | undefined
  private readonly keeper: SessionKeeper
  private readonly credentialsSync: CredentialsSync
  private readonly cliCommand: readonly string[]
  private readonly activity = new Map<string, RoleActivity>()
  private readonly listeners = new Set<(state: AppState) => void>()
  private readonly notices: Notice[]
  private readonly sourceArns = new Map<string, string>()
  private readonly pendingAssumes = new Map<string, Promise<Ok<SessionView> | Fail>>()
  /** The requests from outside the window that wait for a role's MFA code, each under its own id. */
  private readonly mfaPrompts = new Set<{ id: string; roleId: string }>()
  private mfaPromptsIssued = 0
  private roleViews: { inputs: readonly unknown[]; views: RoleView[] } | undefined
  private catalog: { files?: AwsFiles; roles: ConfigRole[]; plans: Map<string, AssumePlan> } = { roles: [], plans: new Map() }
  private stopWatching: (() => void) | undefined
  private catalogLoad: Promise<void> = Promise.resolve()
  private sourceView: SourceView
  private sourceRegion: string | undefined
  private sourceCheck: Promise<SourceView> | undefined

  constructor(deps: CoreDeps) {
    this.timers = deps.timers ?? systemTimers
    const store = keepUnsaved(deps.store, (reason) =>
      reason === undefined
        ? this.removeNotice('store-unsaved')
        : this.addNotice({
            id: 'store-unsaved',
            level: 'error',
            message: `Rolecall could not save its settings to ${deps.store.path}: ${reason}. Your changes are kept until Rolecall quits.`
          })
    )
    this.store = new AppStore(store, (write) => this.timers.setTimeout(write, 2000))
    this.env = deps.env ?? process.env
    this.paths = awsFilePaths(this.env)
    this.gateway = new StsGateway(deps.gateway, () => this.timers.now())
    this.source = new SourceCredentials(this.env)
    this.mfa = new MfaSessions(this.gateway, this.timers)
    this.clipboard = new ClipboardGuard(deps.clipboard, this.timers)
    this.opener = deps.opener
    this.window = deps.window
    this.cliCommand = deps.cliCommand ?? ['rolecall']
    this.credentialsSync = new CredentialsSync({
      path: () => this.paths.credentials,
      roleProfile: (roleId) => this.store.extras().credentialsProfiles[roleId],
      currentProfile: () => this.store.settings().credentialsFileProfile,
      roleName: (roleId) => this.role(roleId)?.displayName ?? roleId,
      report: (problem) =>
        problem ? this.addNotice({ id: 'credentials-file', level: 'error', message: problem }) : this.removeNotice('credentials-file')
    })
    this.keeper = new SessionKeeper({
      timers: this.timers,
      notifier: deps.notifier ?? { notify: () => undefined },
      policy: () => {
        const settings = this.store.settings()
        return { warnBeforeSeconds: settings.warnBeforeSeconds, refreshLeadSeconds: settings.refreshLeadSeconds }
      },
      roleName: (roleId) => this.role(roleId)?.displayName ?? roleId,
      autoRefresh: (roleId) => this.role(roleId)?.autoRefresh ?? false,
      reassume: (roleId) => this.assumeLive(roleId),
      onChange: () => this.emit(),
      onRefreshed: async (_previous, next) => {
        void this.confirmIdentity(next)
        await this.credentialsSync.sessionChanged(next, this.keeper.current() === next)
        await this.clipboard.follow(next.roleId, (format) =>
          formatExport(format as ExportFormat, { credentials: next.credentials, region: next.region })
        )
      }
    })
    this.notices = [...(deps.notices ?? [])]
    const signin = signinOverride(this.env).problem
    if (signin) this.notices.push({ id: 'signin-endpoint', level: 'warning', message: signin })
    this.sourceView = { status: 'checking', profile: this.source.profileName(this.store.settings().sourceProfile) }
    this.handlers = {
      'app:get-state': async () => ok(this.state()),
      'roles:save': async (input) => this.saveRole(input),
      'roles:remove': async ({ id }) => this.removeRole(id),
      'roles:assume': async ({ roleId, mfaCode }) => this.assume(roleId, mfaCode),
      'roles:favourite': async ({ roleId, favourite }) => this.mutate(() => this.store.setFavourite(roleId, favourite)),
      'accounts:update': async ({ accountId, ...patch }) => this.mutate(() => this.store.updateAccount(accountId, patch)),
      'roles:auto-refresh': async ({ roleId, enabled }) =>
        this.mutate(() => {
          this.store.setAutoRefresh(roleId, enabled)
          this.keeper.retrack()
        }),
      'sessions:end': async ({ roleId }) => this.endSession(roleId),
      'sessions:refresh': async ({ roleId }) => {
        const result = await this.keeper.refresh(roleId)
        return result.ok ? ok(toSessionView(result.value, this.keeper.current()?.roleId === roleId)) : result
      },
      'sessions:set-current': async ({ roleId }) => {
        if (!this.keeper.setCurrent(roleId)) return fail(describeError(named('NoSession', 'This role has no session.')))
        this.emit()
        await this.credentialsSync.current(this.keeper.current())
        return ok(null)
      },
      'roles:credentials-file': async ({ roleId, profile }) => {
        const changed = this.mutate(() => this.store.setCredentialsProfile(roleId, profile))
        if (!changed.ok) return changed
        await this.credentialsSync.release(roleId)
        const session = this.keeper.get(roleId)
        if (session && session.status !== 'expired') await this.credentialsSync.sessionChanged(session, this.keeper.current() === session)
        else await this.credentialsSync.current(this.keeper.current())
        return ok(null)
      },
      'config:process-profiles': async ({ enabled }) => this.setProcessProfiles(enabled),
      'window:hide': async () => {
        this.window?.hide()
        return ok(null)
      },
      'sessions:copy-export': async ({ roleId, format }) => this.copyExport(roleId, format),
      'sessions:open-console': async ({ roleId, ...where }) => this.openConsole(roleId, where),
      'source:refresh': async () => ok(await this.refreshSource()),
      'settings:update': async (patch) => this.updateSettings(patch)
    }
  }

  /** Loads the AWS config catalogue and, for the app, keeps it current as the files change. */
  async loadCatalog({ watch = false } = {}): Promise<void> {
    await this.reloadCatalog()
    if (watch && !this.stopWatching) this.stopWatching = watchAwsFiles(this.paths, () => void this.reloadCatalog())
  }

  subscribe(listener: (state: AppState) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  state(): AppState {
    return {
      source: this.sourceView,
      roles: this.roles(),
      sessions: this.keeper.views(),
      activity: Object.fromEntries(this.activity),
      settings: this.store.settings(),
      notices: [...this.notices],
      accounts: this.store.extras().accounts,
      mfaSessions: this.mfa.live(),
      mfaPrompts: [...this.mfaPrompts.keys()],
      catalog: {
        configFile: this.paths.config,
        credentialsFile: this.paths.credentials,
        problems: this.catalog.files?.fileProblems ?? []
      }
    }
  }

  /**
   * Every role as the window sees it. Rebuilt only when the app roles, the catalogue or the per-role
   * choices change: with thousands of profiles, every state snapshot would otherwise rebuild them all.
   */
  roles(): RoleView[] {
    const inputs = [this.store.roles(), this.catalog.roles, this.store.extras()] as const
    const cached = this.roleViews
    if (cached && cached.inputs.every((input, i) => input === inputs[i])) return cached.views
    const [appRoles, configRoles, extras] = inputs
    const views = [...appRoles.map((r) => appRoleView(r, extras)), ...configRoles.map((r) => configRoleView(r, extras))]
    this.roleViews = { inputs, views }
    return views
  }

  /** The role a name from outside the window means (the CLI's ROLE, the broker's request): see role-keys/resolve. */
  resolveRole(name: string): Ok<RoleView> | Fail {
    return resolveRole(this.roles(), name)
  }

  /** A role by its id. */
  role(id: string): RoleView | undefined {
    return this.roles().find((r) => r.id === id)
  }

  /** Who the source credentials are (GetCallerIdentity); concurrent callers share one check. */
  refreshSource(): Promise<SourceView> {
    this.sourceCheck ??= this.checkSource().finally(() => {
      this.sourceCheck = undefined
    })
    return this.sourceCheck
  }

  /**
   * A live session's credentials, assuming the role first when there is none (or when a specific
   * duration is asked for). For the CLI only: secrets never leave main through IPC.
   */
  async credentialsFor(
    roleId: string,
    options: { mfaCode?: string; durationSeconds?: number } = {}
  ): Promise<Ok<{ credentials: TemporaryCredentials; region: string }> | Fail> {
    const live = this.liveSession(roleId)
    if (!live.ok || options.durationSeconds !== undefined) {
      // Two tools asking at once for the same role share one AssumeRole.
      const key = `${roleId}\n${options.durationSeconds ?? ''}`
      let pending = this.pendingAssumes.get(key)
      if (!pending) {
        pending = this.assume(roleId, options.mfaCode, options.durationSeconds).finally(() => this.pendingAssumes.delete(key))
        this.pendingAssumes.set(key, pending)
      }
      const assumed = await pending
      if (!assumed.ok) return assumed
    }
    const session = this.keeper.get(roleId)!
    return ok({ credentials: session.credentials, region: session.region })
  }

  exportText(roleId: string, format: ExportFormat): Ok<string> | Fail {
    const live = this.liveSession(roleId)
    if (!live.ok) return live
    return ok(formatExport(format, { credentials: live.value.credentials, region: live.value.region }))
  }

  /** The federation sign-in URL for a live session, checked against the allow-list. */
  async consoleUrl(roleId: string, options: { destination?: string; region?: string } = {}): Promise<Ok<string> | Fail> {
    const live = this.liveSession(roleId)
    if (!live.ok) return live
    const session = live.value
    const override = signinOverride(this.env).origin
    try {
      const remaining = Math.floor((session.credentials.expiresAt - this.timers.now()) / 1000)
      const url = await buildConsoleUrl(
        {
          credentials: session.credentials,
          partition: session.partition,
          region: options.region ?? session.region,
          signOutFirst: this.store.settings().consoleSignOutFirst,
          ...(options.destination ? { service: options.destination } : {}),
          ...(session.fromLongTermKeys
            ? { sessionDurationSeconds: clamp(remaining, CONSOLE_MIN_SECONDS, CONSOLE_MAX_SECONDS) }
            : {})
        },
        override ? { endpointOverride: override } : {}
      )
      if (!isAllowedExternalUrl(url, override)) {
        return fail(describeError(named('UrlNotAllowed', 'The sign-in URL was not on an AWS sign-in host.')))
      }
      return ok(url)
    } catch (error) {
      return fail(describeError(error, [session.credentials.secretAccessKey, session.credentials.sessionToken]))
    }
  }

  /** Tells the user something outside any one role (a taken shortcut, a recovered settings file). */
  addNotice(notice: Notice): void {
    const existing = this.notices.findIndex((n) => n.id === notice.id)
    if (existing === -1) this.notices.push(notice)
    else this.notices[existing] = notice
    this.emit()
  }

  /** Asks the window for the role's MFA code until the returned function is called. */
  promptForMfa(roleId: string): () => void {
    const prompt = { id: String(++this.mfaPromptsIssued), roleId }
    this.mfaPrompts.add(prompt)
    this.emit()
    return () => {
      if (!this.mfaPrompts.delete(prompt)) return
      // Released from inside a listener, a state emitted at once would reach the listeners after this
      // one before the state being delivered does, and the older state, still asking, would be their last.
      queueMicrotask(() => this.emit())
    }
  }

  removeNotice(id: string): void {
    const index = this.notices.findIndex((n) => n.id === id)
    if (index === -1) return
    this.notices.splice(index, 1)
    this.emit()
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
    this.stopWatching?.()
    this.store.flush()
    await this.clipboard.clearIfOurs()
    if (this.store.settings().clearCredentialsFileOnQuit) await this.credentialsSync.releaseAll()
    this.keeper.dispose()
    this.mfa.clear()
    this.listeners.clear()
  }

  /**
   * One load at a time, in order: the watcher and a start-up load can overlap, and an older read finishing
   * last would put back the files as they were.
   */
  private reloadCatalog(): Promise<void> {
    this.catalogLoad = this.catalogLoad.then(() => this.readCatalog())
    return this.catalogLoad
  }

  private async readCatalog(): Promise<void> {
    try {
      const files = await loadAwsFiles(this.paths)
      this.catalog = { files, roles: buildCatalog(files), plans: new Map() }
    } catch (error) {
      // Keep the last good catalogue; say why the new one could not be read.
      const problem = `The AWS config could not be read: ${(error as Error).message}`
      this.catalog = { ...this.catalog, files: this.catalog.files && { ...this.catalog.files, fileProblems: [problem] } }
    }
    this.emit()
  }

  private async checkSource(): Promise<SourceView> {
    const profileSetting = this.store.settings().sourceProfile
    const profile = this.source.profileName(profileSetting)
    this.setSource({ status: 'checking', profile })
    try {
      this.sourceRegion = await this.source.region(profileSetting)
      // Plans made before the region was known used the fallback.
      this.catalog.plans.clear()
      const identity = await this.gateway.callerIdentity(this.source.provider(profileSetting), { region: this.defaultRegion() })
      this.sourceArns.set(this.appBaseKey(), identity.arn)
      this.setSource({ status: 'ok', profile, arn: identity.arn, accountId: identity.accountId })
    } catch (error) {
      const view = describeError(error)
      this.setSource({ status: view.code === 'NoCredentials' ? 'none' : 'error', profile, error: view })
    }
    return this.sourceView
  }

  private setSource(view: SourceView): void {
    this.sourceView = view
    this.emit()
  }

  /** A new role gets an id from here; an id in the request only ever names an app role to edit. */
  private saveRole(input: z.output<(typeof contract)['roles:save']['request']>): Ok<RoleView> | Fail {
    if (input.id !== undefined && !this.store.roles().some((r) => r.id === input.id)) {
      return fail({
        code: 'UnknownRole',
        title: 'No such role to edit',
        detail: `No role added in Rolecall has the id ${input.id}; a new role is saved without an id and gets one from Rolecall.`,
        field: 'id'
      })
    }
    const role: StoredRole = { ...input, id: input.id ?? randomUUID() }
    try {
      this.store.saveRole(role)
    } catch (error) {
      return fail(describeError(error))
    }
    if (input.id) {
      this.activity.delete(input.id)
      this.catalog.plans.delete(input.id)
    }
    this.emit()
    return ok(appRoleView(role, this.store.extras()))
  }

  private removeRole(id: string): Ok<null> | Fail {
    try {
      if (!this.store.removeRole(id)) return fail(describeError(named('UnknownRole', `No app-defined role with id ${id}.`)))
    } catch (error) {
      return fail(describeError(error))
    }
    this.keeper.end(id)
    this.activity.delete(id)
    this.catalog.plans.delete(id)
    this.emit()
    return ok(null)
  }

  private mutate(change: () => void): Ok<null> | Fail {
    try {
      change()
    } catch (error) {
      return fail(describeError(error))
    }
    this.emit()
    return ok(null)
  }

  private planFor(roleId: string): AssumePlan | Fail {
    const cached = this.catalog.plans.get(roleId)
    if (cached) return cached
    const settings = this.store.settings()
    const appRole = this.store.roles().find((r) => r.id === roleId)
    const configRole = appRole ? undefined : this.catalog.roles.find((r) => r.id === roleId)
    let plan: AssumePlan
    if (appRole) {
      let tags: Pick<Hop, 'sessionTags' | 'transitiveTagKeys'>
      try {
        tags = hopTags(appRole.sessionTags, appRole.transitiveTagKeys)
      } catch (error) {
        return fail({ code: 'ValidationError', title: 'This role cannot be used as it is', detail: (error as Error).message })
      }
      plan = {
        base: this.source.provider(settings.sourceProfile),
        baseKey: this.appBaseKey(),
        hops: [
          {
            roleArn: appRole.roleArn,
            ...(appRole.sessionName ? { sessionName: appRole.sessionName } : {}),
            ...(appRole.durationSeconds ? { durationSeconds: appRole.durationSeconds } : {}),
            ...(appRole.externalId ? { externalId: appRole.externalId } : {}),
            ...(appRole.sourceIdentity ? { sourceIdentity: appRole.sourceIdentity } : {}),
            ...tags,
            target: { region: appRole.region ?? this.defaultRegion() }
          }
        ]
      }
    } else if (configRole && this.catalog.files) {
      if (configRole.problem) return fail({ code: 'ConfigProblem', title: 'This profile cannot be used as it is', detail: configRole.problem })
      try {
        plan = planForConfigRole(this.catalog.files, configRole, { defaultRegion: this.defaultRegion(), env: this.env })
      } catch (error) {
        return fail({ code: 'ConfigProblem', title: 'This profile cannot be used as it is', detail: (error as Error).message })
      }
    } else {
      return fail(describeError(named('UnknownRole', `No role with id ${roleId}.`)))
    }
    this.catalog.plans.set(roleId, plan)
    return plan
  }

  private async assume(roleId: string, mfaCode?: string, durationSeconds?: number): Promise<Ok<SessionView> | Fail> {
    this.setActivity(roleId, { busy: true })
    const result = await this.assumeLive(roleId, mfaCode, durationSeconds)
    if (!result.ok) {
      this.setActivity(roleId, { busy: false, ...(result.error.needsMfaCode ? {} : { error: result.error }) })
      return result
    }
    this.keeper.put(result.value)
    await this.credentialsSync.sessionChanged(result.value, true)
    this.activity.delete(roleId)
    this.store.markUsed(roleId, this.timers.now())
    this.emit()
    void this.confirmIdentity(result.value)
    return ok(toSessionView(result.value, true))
  }

  /** Runs the role's plan and builds the session, without storing it: shared by assume and refresh. */
  private async assumeLive(roleId: string, mfaCode?: string, durationSeconds?: number): Promise<Ok<LiveSession> | Fail> {
    const plan = this.planFor(roleId)
    if ('ok' in plan) return plan
    const role = this.role(roleId)!
    const settings = this.store.settings()
    let secrets: string[] = []
    try {
      const [flow, sourceArn] = await Promise.all([
        runPlan(plan, this.gateway, this.mfa, {
          ...(mfaCode ? { mfaCode } : {}),
          defaultDurationSeconds: settings.defaultDurationSeconds,
          mfaSessionSeconds: settings.mfaSessionSeconds,
          ...(durationSeconds ? { durationSeconds } : {})
        }),
        this.sourceArn(plan)
      ])
      secrets = flow.secrets
      // AWS refuses SessionDuration for these, so the console session it opens is capped at one hour.
      if (!flow.fromLongTermKeys && !flow.notes.some((n) => n.includes('console'))) {
        flow.notes.push('Console sign-in from this session lasts at most 1 hour.')
      }
      return ok({
        roleId,
        credentials: flow.result.credentials,
        assumedRoleArn: flow.result.assumedRoleArn,
        sourceArn,
        partition: role.partition as LiveSession['partition'],
        region: flow.region,
        startedAt: this.timers.now(),
        durationSeconds: flow.durationSeconds,
        fromLongTermKeys: flow.fromLongTermKeys,
        identityCheck: 'pending',
        status: 'live',
        ...(flow.notes.length ? { note: flow.notes.join(' ') } : {})
      })
    } catch (error) {
      const view = describeError(error, secrets)
      // A missing, wrong or reused code keeps the prompt open; other refusals are not about the code.
      if (plan.mfaSerial && (view.code === 'MfaRequired' || (view.code === 'AccessDenied' && /MultiFactorAuthentication/i.test(view.detail)))) {
        view.needsMfaCode = true
        if (view.code === 'AccessDenied') view.title = 'MFA code rejected'
      }
      return fail(view)
    }
  }

  /** The "before" identity of a plan's base: GetCallerIdentity once per base, then cached. */
  private async sourceArn(plan: AssumePlan): Promise<string> {
    const cached = this.sourceArns.get(plan.baseKey)
    if (cached) return cached
    const identity = await this.gateway.callerIdentity(plan.base, plan.hops[0]!.target)
    this.sourceArns.set(plan.baseKey, identity.arn)
    return identity.arn
  }

  /** The "who am I now" check from the AWS examples, made with the new credentials. */
  private async confirmIdentity(session: LiveSession): Promise<void> {
    let check: LiveSession['identityCheck']
    try {
      const identity = await this.gateway.callerIdentity(StsGateway.fromTemporary(session.credentials), { region: session.region })
      check = identity.arn === session.assumedRoleArn ? 'confirmed' : 'failed'
    } catch {
      check = 'failed'
    }
    if (this.keeper.get(session.roleId) !== session) return
    session.identityCheck = check
    this.emit()
  }

  private async endSession(roleId: string): Promise<Ok<null> | Fail> {
    if (!this.keeper.end(roleId)) return fail(describeError(named('NoSession', 'There is no session to end.')))
    this.emit()
    await this.credentialsSync.release(roleId)
    await this.credentialsSync.current(this.keeper.current())
    return ok(null)
  }

  /** "Add credential_process profiles for my roles": one managed block in the config file, or none. */
  private async setProcessProfiles(enabled: boolean): Promise<Ok<{ configFile: string; profiles: number }> | Fail> {
    const usable = this.roles().filter((r) => !r.problem)
    try {
      if (!enabled) {
        await removeProcessProfiles(this.paths.config)
        return ok({ configFile: this.paths.config, profiles: 0 })
      }
      const entries = processProfileEntries(usable, this.cliCommand)
      await writeProcessProfiles(this.paths.config, entries)
      return ok({ configFile: this.paths.config, profiles: entries.length })
    } catch (error) {
      return fail(describeError(error))
    }
  }

  private async copyExport(roleId: string, format: ExportFormat): Promise<Ok<{ clearsInSeconds: number }> | Fail> {
    const text = this.exportText(roleId, format)
    if (!text.ok) return text
    const seconds = this.store.settings().clipboardClearSeconds
    try {
      await this.clipboard.copy(text.value, seconds, { roleId, format })
    } catch (error) {
      return fail(describeError(error))
    }
    return ok({ clearsInSeconds: seconds })
  }

  private async openConsole(roleId: string, where: { destination?: string; region?: string }): Promise<Ok<null> | Fail> {
    const url = await this.consoleUrl(roleId, where)
    if (!url.ok) return url
    try {
      await this.opener.openExternal(url.value)
      return ok(null)
    } catch (error) {
      return fail(describeError(error))
    }
  }

  private async updateSettings(
    patch: z.output<(typeof contract)['settings:update']['request']>
  ): Promise<Ok<AppState['settings']> | Fail> {
    const before = this.store.settings()
    let next: AppState['settings']
    try {
      next = this.store.updateSettings(patch)
    } catch (error) {
      return fail(describeError(error))
    }
    // Plans capture the source profile and default region; the scheduler reads the thresholds.
    this.catalog.plans.clear()
    this.keeper.retrack()
    this.emit()
    if (next.sourceProfile !== before.sourceProfile) {
      this.source.forget()
      void this.refreshSource()
    }
    return ok(next)
  }

  private liveSession(roleId: string): Ok<LiveSession> | Fail {
    const session = this.keeper.get(roleId)
    if (!session) return fail(describeError(named('NoSession', 'This role has no session.')))
    if (session.credentials.expiresAt <= this.timers.now()) {
      return fail(describeError(named('NoSession', 'This session has expired. Assume the role again.')))
    }
    return ok(session)
  }

  private appBaseKey(): string {
    return `source ${this.source.profileName(this.store.settings().sourceProfile)}`
  }

  private defaultRegion(): string {
    return this.store.settings().defaultRegion ?? this.sourceRegion ?? FALLBACK_REGION
  }

  private setActivity(roleId: string, activity: RoleActivity): void {
    this.activity.set(roleId, activity)
    this.emit()
  }

  private emit(): void {
    if (this.listeners.size === 0) return
    const snapshot = this.state()
    for (const listener of this.listeners) listener(snapshot)
  }
}

function named(name: string, message: string): Error {
  return Object.assign(new Error(message), { name })
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}
