// The IPC contract: for every channel its request and response schema, for every event its payload schema.
// Main validates against it, the preload and the e2e host derive the bridge from it, and the
// `satisfies` clauses make compilation fail when a channel or event lacks a contract.
import { z } from 'zod'
import { parseRoleArn } from './arn'
import type { Channel, EventName } from './channels'
import { CONSOLE_DESTINATION_PATTERN } from './console-services'
import { exportFormats } from './export-formats'
import { MFA_CODE_MESSAGE, MFA_CODE_PATTERN } from './mfa-code'
import { parseSessionTags } from './session-tags'
import { ROLE_SESSION_SECONDS, SESSION_NAME_PATTERN } from './sts-limits'
import {
  appStateSchema,
  COLOUR_MESSAGE,
  COLOUR_PATTERN,
  plainText,
  profileNameSchema,
  errorViewSchema,
  roleViewSchema,
  sessionViewSchema,
  settingsSchema,
  sourceViewSchema
} from './views'

export { exportFormats, type ExportFormat } from './export-formats'

const id = z.string().min(1).max(200)

/**
 * An app role's id. Rolecall assigns it (a UUID); a request names one only to edit that role, and
 * its characters are the ones a role key may hold, so it needs no escaping anywhere it is written.
 */
const appRoleIdSchema = z.string().regex(/^[A-Za-z0-9._-]{1,128}$/, 'A role id is 1 to 128 letters, digits or . _ -.')

/** A session name or source identity: STS takes the same characters and lengths for both. */
const stsName = (what: string) =>
  plainText(what)
    .regex(SESSION_NAME_PATTERN, `${what} is 2 to 64 letters, digits or + = , . @ _ -.`)
    .optional()

export const roleInputSchema = z.strictObject({
  /** Only to edit an existing app role: a new role's id is assigned by main. */
  id: appRoleIdSchema.optional(),
  displayName: plainText('A display name')
    .trim().min(1, 'Give the role a name.').max(80, 'Keep the name under 80 characters.'),
  roleArn: z
    .string()
    .max(2048)
    .superRefine((value, ctx) => {
      const parsed = parseRoleArn(value)
      if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.error })
    }),
  sessionName: stsName('A session name'),
  durationSeconds: z
    .number()
    .int()
    .min(ROLE_SESSION_SECONDS.min, `The shortest session is ${ROLE_SESSION_SECONDS.min} seconds (15 minutes).`)
    .max(ROLE_SESSION_SECONDS.max, `The longest session is ${ROLE_SESSION_SECONDS.max} seconds (12 hours).`)
    .optional(),
  region: settingsSchema.shape.defaultRegion.unwrap().optional(),
  externalId: z
    .string()
    .regex(/^[\w+=,.@:/-]{2,1224}$/, 'An external ID is 2 to 1224 letters, digits or + = , . @ : / _ -.')
    .optional(),
  sourceIdentity: stsName('A source identity'),
  sessionTags: z.string().max(20_000).optional(),
  transitiveTagKeys: z.string().max(20_000).optional()
}).superRefine((role, ctx) => {
  // The two together: a transitive key must be one of the tags.
  const parsed = parseSessionTags(role.sessionTags ?? '', role.transitiveTagKeys ?? '')
  if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.error, path: [parsed.field] })
})

const roleRef = z.strictObject({ roleId: id })

export const mfaCodeSchema = z.string().regex(MFA_CODE_PATTERN, MFA_CODE_MESSAGE)

export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: errorViewSchema })
  ])
}

export const contract = {
  'app:get-state': { request: z.undefined(), response: resultSchema(appStateSchema) },
  'roles:save': { request: roleInputSchema, response: resultSchema(roleViewSchema) },
  'roles:remove': { request: z.strictObject({ id }), response: resultSchema(z.null()) },
  'roles:assume': {
    request: z.strictObject({ roleId: id, mfaCode: mfaCodeSchema.optional() }),
    response: resultSchema(sessionViewSchema)
  },
  'roles:favourite': {
    request: z.strictObject({ roleId: id, favourite: z.boolean() }),
    response: resultSchema(z.null())
  },
  'accounts:update': {
    request: z.strictObject({
      accountId: z.string().regex(/^\d{12}$/, 'An account ID is 12 digits.'),
      alias: plainText('An alias').trim().max(64).nullable().optional(),
      colour: z
        .string()
        .regex(COLOUR_PATTERN, COLOUR_MESSAGE)
        .nullable()
        .optional()
    }),
    response: resultSchema(z.null())
  },
  'roles:auto-refresh': {
    request: z.strictObject({ roleId: id, enabled: z.boolean() }),
    response: resultSchema(z.null())
  },
  'roles:credentials-file': {
    request: z.strictObject({ roleId: id, profile: profileNameSchema.nullable() }),
    response: resultSchema(z.null())
  },
  'config:process-profiles': {
    request: z.strictObject({ enabled: z.boolean() }),
    response: resultSchema(z.object({ configFile: z.string(), profiles: z.number().int() }))
  },
  'sessions:end': { request: roleRef, response: resultSchema(z.null()) },
  'sessions:refresh': { request: roleRef, response: resultSchema(sessionViewSchema) },
  'sessions:set-current': { request: roleRef, response: resultSchema(z.null()) },
  'window:hide': { request: z.undefined(), response: resultSchema(z.null()) },
  'sessions:copy-export': {
    request: z.strictObject({ roleId: id, format: z.enum(exportFormats) }),
    response: resultSchema(z.object({ clearsInSeconds: z.number() }))
  },
  'sessions:open-console': {
    request: z.strictObject({
      roleId: id,
      destination: z.string().regex(CONSOLE_DESTINATION_PATTERN, 'A console destination is a service name like s3.').optional(),
      region: settingsSchema.shape.defaultRegion.unwrap().optional()
    }),
    response: resultSchema(z.null())
  },
  'source:refresh': { request: z.undefined(), response: resultSchema(sourceViewSchema) },
  'settings:update': { request: settingsSchema.partial().strict(), response: resultSchema(settingsSchema) }
} satisfies Record<Channel, { request: z.ZodType; response: z.ZodType }>

export const eventContract = {
  'app:state': appStateSchema,
  /** Main asks the window to put focus in the search box (global shortcut, "All roles…"). */
  'ui:focus-search': z.null(),
  /** Main asks the window to open its settings dialog (the tray's "Settings…"). */
  'ui:open-settings': z.null()
} satisfies Record<EventName, z.ZodType>

export type RequestOf<C extends Channel> = z.input<(typeof contract)[C]['request']>
export type ResponseOf<C extends Channel> = z.output<(typeof contract)[C]['response']>
export type EventPayload<E extends EventName> = z.output<(typeof eventContract)[E]>
