// What the renderer is allowed to know: roles, session metadata and errors. No secret ever appears here.
import { z } from 'zod'
import { controlCharacterMessage, hasControlCharacter } from './plain-text'
import { PROFILE_NAME_MESSAGE, PROFILE_NAME_PATTERN } from './profile-name'
import { REGION_MESSAGE, REGION_PATTERN } from './region'
import { MFA_SESSION_SECONDS, ROLE_SESSION_SECONDS } from './sts-limits'

export const errorViewSchema = z.object({
  /** The AWS error code where AWS gave one (AccessDenied, ExpiredToken…), else Rolecall's own (NoCredentials…). */
  code: z.string(),
  title: z.string(),
  detail: z.string(),
  /** The request field the error is about, so a form can show it beside that field. */
  field: z.string().optional(),
  /** The role needs an MFA code (none cached, or the one given was wrong or reused): prompt, or keep prompting. */
  needsMfaCode: z.boolean().optional()
})
export type ErrorView = z.infer<typeof errorViewSchema>

export const roleViewSchema = z.object({
  id: z.string(),
  /** How the CLI, the broker and credential_process lines name the role: app.ID or profile.NAME (see role-key). */
  key: z.string(),
  displayName: z.string(),
  roleArn: z.string(),
  accountId: z.string(),
  roleName: z.string(),
  partition: z.string(),
  sessionName: z.string().optional(),
  durationSeconds: z.number().int().optional(),
  region: z.string().optional(),
  externalId: z.string().optional(),
  sourceIdentity: z.string().optional(),
  /** As written: "Project=alpha, Team=ops". */
  sessionTags: z.string().optional(),
  transitiveTagKeys: z.string().optional(),
  /** 'app': added in Rolecall, editable there. 'config': a profile in the shared AWS config file, edited there. */
  origin: z.enum(['app', 'config']),
  /** The config profile's name, for config roles. */
  profile: z.string().optional(),
  /** Why this role cannot be assumed as configured (bad line, broken source chain…); other roles are unaffected. */
  problem: z.string().optional(),
  /** The MFA device serial the role's chain needs, if any. */
  mfaSerial: z.string().optional(),
  /** The source is itself a role: AWS caps such sessions at one hour. */
  chained: z.boolean(),
  favourite: z.boolean(),
  /** Assume again shortly before expiry; on by default for roles that need no MFA. */
  autoRefresh: z.boolean(),
  /** The credentials-file profile this role's session is written to, when the user opted in. */
  credentialsProfile: z.string().optional(),
  /** When this role was last assumed, epoch ms; drives "recent first". */
  lastUsedAt: z.number().optional()
})
export type RoleView = z.infer<typeof roleViewSchema>

export const sessionViewSchema = z.object({
  roleId: z.string(),
  assumedRoleArn: z.string(),
  sourceArn: z.string(),
  region: z.string().optional(),
  /** Epoch milliseconds on this machine's clock, already corrected for the STS clock offset. */
  expiresAt: z.number(),
  startedAt: z.number(),
  durationSeconds: z.number().int(),
  /** GetCallerIdentity made with the new credentials: does AWS agree who we now are? */
  identityCheck: z.enum(['pending', 'confirmed', 'failed']),
  /** Something the user should know about this session, e.g. a shortened duration. */
  note: z.string().optional(),
  /** live: usable; refreshing: being assumed again; expired: kept on screen until dismissed. */
  status: z.enum(['live', 'refreshing', 'expired']),
  /** The session the tray, the shortcut and the CLI act on first. */
  current: z.boolean(),
  /** Why the last automatic refresh failed, while it keeps retrying or after it gave up. */
  refreshError: errorViewSchema.optional(),
  refreshedAt: z.number().optional()
})
export type SessionView = z.infer<typeof sessionViewSchema>

export const sourceViewSchema = z.object({
  status: z.enum(['checking', 'ok', 'none', 'error']),
  profile: z.string(),
  arn: z.string().optional(),
  accountId: z.string().optional(),
  error: errorViewSchema.optional()
})
export type SourceView = z.infer<typeof sourceViewSchema>

/** A string schema that refuses control characters with a message naming the field. */
export function plainText(what: string) {
  return z.string().refine((text) => !hasControlCharacter(text), { message: controlCharacterMessage(what), abort: true })
}

/** A profile name the AWS CLI and SDKs accept in the credentials file. */
export const profileNameSchema = plainText('A profile name').regex(PROFILE_NAME_PATTERN, PROFILE_NAME_MESSAGE)

export const settingsSchema = z.object({
  /** Profile whose credentials are the source for AssumeRole; null means the SDK default (AWS_PROFILE or "default"). */
  sourceProfile: z.string().trim().min(1).max(128).nullable(),
  clipboardClearSeconds: z.number().int().min(5).max(3600),
  defaultRegion: z
    .string()
    .regex(REGION_PATTERN, REGION_MESSAGE)
    .nullable(),
  defaultDurationSeconds: z.number().int().min(ROLE_SESSION_SECONDS.min).max(ROLE_SESSION_SECONDS.max),
  /** How long one MFA code's GetSessionToken session lasts and is reused for later switches. */
  mfaSessionSeconds: z.number().int().min(MFA_SESSION_SECONDS.min).max(MFA_SESSION_SECONDS.max),
  /** Seconds before expiry at which to warn (and change the countdown's colour), most distant first. */
  warnBeforeSeconds: z.array(z.number().int().min(30).max(3600)).min(1).max(4),
  /** How long before expiry an auto-refreshing session is assumed again. */
  refreshLeadSeconds: z.number().int().min(60).max(1800),
  /** An Electron accelerator, e.g. CommandOrControl+Shift+R; empty turns the shortcut off. */
  globalShortcut: z.string().max(64).regex(/^$|^[\w+]+$/, 'A shortcut looks like CommandOrControl+Shift+R.'),
  startAtLogin: z.boolean(),
  hideOnBlur: z.boolean(),
  /** Open the console through its logout first, so the browser's previous console session ends. */
  consoleSignOutFirst: z.boolean(),
  /** Write the current session to the shared credentials file under this profile name (e.g. default). */
  credentialsFileProfile: profileNameSchema.nullable(),
  /** Remove the profiles Rolecall wrote to the credentials file when it quits. */
  clearCredentialsFileOnQuit: z.boolean()
})
export type Settings = z.infer<typeof settingsSchema>

export const roleActivitySchema = z.object({
  busy: z.boolean(),
  error: errorViewSchema.optional()
})
export type RoleActivity = z.infer<typeof roleActivitySchema>

export const noticeSchema = z.object({
  id: z.string(),
  level: z.enum(['info', 'warning', 'error']),
  message: z.string()
})
export type Notice = z.infer<typeof noticeSchema>

/** An account's colour: a CSS hex colour such as #1f77b4. */
export const COLOUR_PATTERN = /^#[0-9a-fA-F]{6}$/
export const COLOUR_MESSAGE = 'A colour is a hex value like #1f77b4.'

export const accountSchema = z.object({
  // Stored aliases are read as they are: the contract refuses control characters in new ones.
  alias: z.string().max(64).optional(),
  /** A CSS hex colour, e.g. #1f77b4. */
  colour: z
    .string()
    .regex(COLOUR_PATTERN, COLOUR_MESSAGE)
    .optional()
})
export type AccountView = z.infer<typeof accountSchema>

export const mfaSessionViewSchema = z.object({
  /** The profile (or "app source") whose long-term keys made the MFA session. */
  source: z.string(),
  mfaSerial: z.string(),
  expiresAt: z.number()
})

export const catalogViewSchema = z.object({
  configFile: z.string(),
  credentialsFile: z.string(),
  /** Problems with a whole file (unreadable…); per-profile problems are on the roles. */
  problems: z.array(z.string())
})

export const appStateSchema = z.object({
  source: sourceViewSchema,
  roles: z.array(roleViewSchema),
  sessions: z.array(sessionViewSchema),
  activity: z.record(z.string(), roleActivitySchema),
  settings: settingsSchema,
  notices: z.array(noticeSchema),
  /** Per account ID: alias and colour set by the user. */
  accounts: z.record(z.string(), accountSchema),
  mfaSessions: z.array(mfaSessionViewSchema),
  /**
   * Requests from outside the window (the command line, through the broker) waiting for a role's MFA
   * code, one entry each, with an id of its own so the window can tell a new request from one it
   * already asked for. Kept in the state rather than sent as an event, so a window that loads late still asks.
   */
  mfaPrompts: z.array(z.object({ id: z.string(), roleId: z.string() })),
  catalog: catalogViewSchema
})
export type AppState = z.infer<typeof appStateSchema>
