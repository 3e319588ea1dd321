// The main process's brain, free of Electron: roles, source identity, assume, sessions, copy and
// console, exposed as one handler per IPC channel plus a stream of AppState snapshots.
import { randomUUID } from 'node:crypto'
import { parseRoleArn } from '../../shared/arn'
import type { Channel } from '../../shared/channels'
import type { contract, ExportFormat, ResponseOf } from '../../shared/contract'
import type { AppState, ErrorView, Notice, RoleActivity, RoleView, SourceView } from '../../shared/views'
import type { z } from 'zod'
import { AppStore, type StoredRole } from './app-store'
import { describeError } from './aws-errors'
import { ClipboardGuard } from './clipboard-guard'
import { buildConsoleUrl } from './console-signin'
import { formatExport } from './export-format'
import { systemTimers, type Clipboard, type ExternalOpener, type KeyValueStore, type Timers } from './ports'
import { defaultSessionName } from './session-name'
import { toSessionView, type LiveSession } from './sessions'
import { FALLBACK_REGION, SourceCredentials } from './source-credentials'
import { StsGateway, type GatewayOptions } from './sts-gateway'
import { isAllowedExternalUrl } from './url-guard'

export interface CoreDeps {
  store: KeyValueStore
  clipboard: Clipboard
  opener: ExternalOpener
  timers?: Timers
  env?: NodeJS.ProcessEnv
  gateway?: GatewayOptions
  notices?: Notice[]
}

export type Handlers = {
  [C in Channel]: (request: z.output<(typeof contract)[C]['request']>) => Promise<ResponseOf<C>>
}

type Ok<T> = { ok: true; value: T }
type Fail = { ok: false; error: ErrorView }
const ok = <T>(value: T): Ok<T> => ({ ok: true, value })
const fail = (error: ErrorView): Fail => ({ ok: false, error })

const CHAINING_LIMIT_SECONDS = 3600
const CONSOLE_MAX_SECONDS = 43200
const CONSOLE_MIN_SECONDS = 900

export class RolecallCore {
  readonly handlers: Handlers
  private readonly store: AppStore
  private readonly timers: Timers
  private readonly env: NodeJS.ProcessEnv
  private readonly gateway: StsGateway
  private readonly source: SourceCredentials
  private readonly clipboard: ClipboardGuard
  private readonly opener: ExternalOpener
  private readonly sessions = new Map<string, LiveSession>()
  private readonly activity = new Map<string, RoleActivity>()
  private readonly listeners = new Set<(state: AppState) => void>()
  private readonly notices: Notice[]
  private sourceView: SourceView
  private sourceRegion: string | undefined
  private sourceCheck: Promise<SourceView> | undefined

  constructor(deps: CoreDeps) {
    this.store = new AppStore(deps.store)
    this.timers = deps.timers ?? systemTimers
    this.env = deps.env ?? process.env
    this.gateway = new StsGateway(deps.gateway)
    this.source = new SourceCredentials(this.env)
    this.clipboard = new ClipboardGuard(deps.clipboard, this.timers)
    this.opener = deps.opener
    this.notices = [...(deps.notices ?? [])]
    this.sourceView = { status: 'checking', profile: this.source.profileName(this.store.settings().sourceProfile) }
    this.handlers = {
      'app:get-state': async () => ok(this.state()),
      'roles:save': async (input) => this.saveRole(input),
      'roles:remove': async ({ id }) => this.removeRole(id),
      'roles:assume': async ({ roleId }) => this.assume(roleId),
      'sessions:end': async ({ roleId }) => this.endSession(roleId),
      'sessions:copy-export': async ({ roleId, format }) => this.copyExport(roleId, format),
      'sessions:open-console': async ({ roleId }) => this.openConsole(roleId),
      'source:refresh': async () => ok(await this.refreshSource()),
      'settings:update': async (patch) => this.updateSettings(patch)
    }
  }

  subscribe(listener: (state: AppState) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  state(): AppState {
    return {
      source: this.sourceView,
      roles: this.store.roles().map(toRoleView),
      sessions: [...this.sessions.values()].map(toSessionView),
      activity: Object.fromEntries(this.activity),
      settings: this.store.settings(),
      notices: [...this.notices]
    }
  }

  roles(): RoleView[] {
    return this.store.roles().map(toRoleView)
  }

  /** Who the source credentials are (GetCallerIdentity); concurrent callers share one check. */
  refreshSource(): Promise<SourceView> {
    this.sourceCheck ??= this.checkSource().finally(() => {
      this.sourceCheck = undefined
    })
    return this.sourceCheck
  }

  /** Clears Rolecall's text from the clipboard and forgets every secret; called on quit. */
  async dispose(): Promise<void> {
    await this.clipboard.clearIfOurs()
    this.sessions.clear()
    this.listeners.clear()
  }

  private async checkSource(): Promise<SourceView> {
    const profileSetting = this.store.settings().sourceProfile
    const profile = this.source.profileName(profileSetting)
    this.setSource({ status: 'checking', profile })
    try {
      this.sourceRegion = await this.source.region(profileSetting)
      const identity = await this.gateway.callerIdentity(this.source.provider(profileSetting), this.regionFor())
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

  private saveRole(input: z.output<(typeof contract)['roles:save']['request']>): Ok<RoleView> | Fail {
    const role: StoredRole = { ...input, id: input.id ?? randomUUID() }
    try {
      this.store.saveRole(role)
    } catch (error) {
      return fail(describeError(error))
    }
    if (input.id) this.activity.delete(input.id)
    this.emit()
    return ok(toRoleView(role))
  }

  private removeRole(id: string): Ok<null> | Fail {
    try {
      if (!this.store.removeRole(id)) return fail(describeError(named('UnknownRole', `No role with id ${id}.`)))
    } catch (error) {
      return fail(describeError(error))
    }
    this.sessions.delete(id)
    this.activity.delete(id)
    this.emit()
    return ok(null)
  }

  private async assume(roleId: string): Promise<Ok<ReturnType<typeof toSessionView>> | Fail> {
    const role = this.store.roles().find((r) => r.id === roleId)
    if (!role) return fail(describeError(named('UnknownRole', `No role with id ${roleId}.`)))
    this.setActivity(roleId, { busy: true })
    const settings = this.store.settings()
    const provider = this.source.provider(settings.sourceProfile)
    const secrets: string[] = []
    try {
      const sourceCredentials = await provider()
      secrets.push(sourceCredentials.secretAccessKey, sourceCredentials.sessionToken ?? '')
      const region = this.regionFor(role)
      const fromLongTermKeys = !sourceCredentials.sessionToken
      const requested = role.durationSeconds ?? settings.defaultDurationSeconds
      const params = {
        roleArn: role.roleArn,
        sessionName: role.sessionName ?? defaultSessionName(),
        durationSeconds: requested,
        ...(role.externalId ? { externalId: role.externalId } : {})
      }
      const [assumed, sourceArn] = await Promise.all([
        this.assumeWithFallback(provider, region, params),
        this.sourceArn(provider, region)
      ])
      const session: LiveSession = {
        roleId,
        credentials: assumed.result.credentials,
        assumedRoleArn: assumed.result.assumedRoleArn,
        sourceArn,
        partition: partitionOf(role.roleArn),
        region,
        startedAt: this.timers.now(),
        durationSeconds: assumed.durationSeconds,
        fromLongTermKeys,
        identityCheck: 'pending',
        ...(assumed.note ? { note: assumed.note } : {})
      }
      this.sessions.set(roleId, session)
      this.activity.delete(roleId)
      this.emit()
      void this.confirmIdentity(session)
      return ok(toSessionView(session))
    } catch (error) {
      const view = describeError(error, secrets)
      this.setActivity(roleId, { busy: false, error: view })
      return fail(view)
    }
  }

  /**
   * STS refuses durations above the role's MaxSessionDuration (or 1 h when chaining); rather than fail,
   * retry once with the longest duration that is always allowed, and say so.
   */
  private async assumeWithFallback(
    provider: ReturnType<SourceCredentials['provider']>,
    region: string,
    params: Parameters<StsGateway['assumeRole']>[2]
  ) {
    try {
      const result = await this.gateway.assumeRole(provider, region, params)
      return { result, durationSeconds: params.durationSeconds }
    } catch (error) {
      const message = (error as Error).message ?? ''
      const tooLong = /DurationSeconds exceeds/i.test(message)
      if (!tooLong || params.durationSeconds <= CHAINING_LIMIT_SECONDS) throw error
      const result = await this.gateway.assumeRole(provider, region, {
        ...params,
        durationSeconds: CHAINING_LIMIT_SECONDS
      })
      const why = /chaining/i.test(message) ? 'roles assumed by role chaining are capped at 1 hour' : "it exceeds the role's maximum session duration"
      return {
        result,
        durationSeconds: CHAINING_LIMIT_SECONDS,
        note: `Asked for ${formatHours(params.durationSeconds)} but AWS refused because ${why}; this session lasts 1 hour.`
      }
    }
  }

  private async sourceArn(provider: ReturnType<SourceCredentials['provider']>, region: string): Promise<string> {
    if (this.sourceView.status === 'ok' && this.sourceView.arn) return this.sourceView.arn
    const identity = await this.gateway.callerIdentity(provider, region)
    const profile = this.source.profileName(this.store.settings().sourceProfile)
    this.sourceView = { status: 'ok', profile, arn: identity.arn, accountId: identity.accountId }
    return identity.arn
  }

  /** The "who am I now" check from the AWS examples, made with the new credentials. */
  private async confirmIdentity(session: LiveSession): Promise<void> {
    let check: LiveSession['identityCheck']
    try {
      const { credentials: c } = session
      const identity = await this.gateway.callerIdentity(
        { accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey, sessionToken: c.sessionToken },
        session.region
      )
      check = identity.arn === session.assumedRoleArn ? 'confirmed' : 'failed'
    } catch {
      check = 'failed'
    }
    if (this.sessions.get(session.roleId) !== session) return
    session.identityCheck = check
    this.emit()
  }

  private endSession(roleId: string): Ok<null> | Fail {
    if (!this.sessions.delete(roleId)) return fail(describeError(named('NoSession', 'There is no session to end.')))
    this.emit()
    return ok(null)
  }

  private async copyExport(roleId: string, format: ExportFormat): Promise<Ok<{ clearsInSeconds: number }> | Fail> {
    const session = this.liveSession(roleId)
    if (!session.ok) return session
    const seconds = this.store.settings().clipboardClearSeconds
    try {
      await this.clipboard.copy(formatExport(format, { credentials: session.value.credentials, region: session.value.region }), seconds)
    } catch (error) {
      return fail(describeError(error))
    }
    return ok({ clearsInSeconds: seconds })
  }

  private async openConsole(roleId: string): Promise<Ok<null> | Fail> {
    const live = this.liveSession(roleId)
    if (!live.ok) return live
    const session = live.value
    const override = this.env.AWS_ENDPOINT_URL_SIGNIN || undefined
    const secrets = [session.credentials.secretAccessKey, session.credentials.sessionToken]
    try {
      const remaining = Math.floor((session.credentials.expiresAt - this.timers.now()) / 1000)
      const url = await buildConsoleUrl(
        {
          credentials: session.credentials,
          partition: session.partition,
          region: session.region,
          ...(session.fromLongTermKeys
            ? { sessionDurationSeconds: clamp(remaining, CONSOLE_MIN_SECONDS, CONSOLE_MAX_SECONDS) }
            : {})
        },
        override ? { endpointOverride: override } : {}
      )
      if (!isAllowedExternalUrl(url, override ? new URL(override).origin : undefined)) {
        return fail(describeError(named('UrlNotAllowed', 'The sign-in URL was not on an AWS sign-in host.')))
      }
      await this.opener.openExternal(url)
      return ok(null)
    } catch (error) {
      return fail(describeError(error, secrets))
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
    this.emit()
    if (next.sourceProfile !== before.sourceProfile) {
      this.source.forget()
      void this.refreshSource()
    }
    return ok(next)
  }

  private liveSession(roleId: string): Ok<LiveSession> | Fail {
    const session = this.sessions.get(roleId)
    if (!session) return fail(describeError(named('NoSession', 'This role has no session.')))
    if (session.credentials.expiresAt <= this.timers.now()) {
      return fail(describeError(named('NoSession', 'This session has expired. Assume the role again.')))
    }
    return ok(session)
  }

  private regionFor(role?: StoredRole): string {
    return role?.region ?? this.store.settings().defaultRegion ?? this.sourceRegion ?? FALLBACK_REGION
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

function toRoleView(role: StoredRole): RoleView {
  const arn = parseRoleArn(role.roleArn)
  return {
    ...role,
    accountId: arn.ok ? arn.value.accountId : '',
    roleName: arn.ok ? arn.value.roleName : '',
    partition: arn.ok ? arn.value.partition : 'aws'
  }
}

function partitionOf(roleArn: string) {
  const arn = parseRoleArn(roleArn)
  return arn.ok ? arn.value.partition : 'aws'
}

function named(name: string, message: string): Error {
  return Object.assign(new Error(message), { name })
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}

function formatHours(seconds: number): string {
  const hours = seconds / 3600
  return Number.isInteger(hours) ? `${hours} hours` : `${seconds} seconds`
}
