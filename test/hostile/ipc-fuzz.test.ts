// Property-based fuzzing of every IPC channel (iterating the channel map, so a new channel is fuzzed
// without touching this file) and of random channel names, through the real router and a real core
// against the local STS: whatever arrives, the answer fits the channel's response contract.
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { channels, type Channel } from '../../src/shared/channels'
import { contract, exportFormats } from '../../src/shared/contract'
import { appStateSchema } from '../../src/shared/views'
import { dispatch } from '../../src/main/core/ipc/ipc-router'
import { ALICE, ROLES, startWorld, type World } from '../support/world'
import { hostileTally } from './support/tally'

// Fixed by default so CI is repeatable; FC_SEED=<number> explores other inputs (a failure prints its seed).
const SEED = Number(process.env.FC_SEED) || 20261128
const tally = hostileTally('IPC fuzzing')
const RUNS_PER_CHANNEL = 2000
// Keeps the whole hostile suite within its two minutes on a small machine; the count is what ran.
const MS_PER_CHANNEL = 2500

const CONFIG = [
  '[profile admin]',
  `role_arn = ${ROLES.admin}`,
  'source_profile = base',
  '[profile mfa]',
  `role_arn = ${ROLES.mfa}`,
  'source_profile = base',
  `mfa_serial = ${ALICE.mfaSerial}`,
  '[profile broken]',
  `role_arn = ${ROLES.admin}`,
  'source_profile = nowhere',
  ''
].join('\n')

let world: World
let appRoleId: string

beforeAll(async () => {
  world = await startWorld({ config: CONFIG })
  const saved = await dispatch(world.core.handlers, 'roles:save', { displayName: 'Read only', roleArn: ROLES.readOnly })
  appRoleId = (saved as { value: { id: string } }).value.id
  // A live session, so the session channels reach their handlers' real work too.
  await dispatch(world.core.handlers, 'roles:assume', { roleId: appRoleId })
})
afterAll(async () => world?.close())

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__']

/** Strings that have broken parsers, shells, terminals and lookups elsewhere. */
const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(
    '',
    ' ',
    ...PROTOTYPE_KEYS,
    '\u0000',
    'a\u0000b',
    '\u202eevil',
    '\r\n[default]\r\naws_access_key_id=x',
    '$(touch /tmp/pwned)',
    "'; rm -rf ~; '",
    '../../../../etc/passwd',
    'x'.repeat(100_000),
    '😀'.repeat(20_000),
    'arn:aws:iam::123456789012:role/' + 'A'.repeat(5000),
    '\ud800'
  )
)

/** Numbers at the edges of every range in the contract, and the ones JSON cannot even hold. */
const edgeNumber = fc.oneof(
  fc.constantFrom(0, -0, -1, 1, 5, 59, 60, 899, 900, 901, 3600, 43200, 43201, 129600, 2 ** 31, 2 ** 53, 2 ** 53 + 2),
  fc.constantFrom(Number.MIN_VALUE, Number.MAX_VALUE, Number.EPSILON, NaN, Infinity, -Infinity),
  fc.double(),
  fc.integer()
)

/** What JSON.parse makes of hostile text: own __proto__ keys, overflowing numbers, deep nesting. */
const fromJson = fc
  .constantFrom(
    '1e999',
    '-1e999',
    '{"__proto__":{"polluted":true}}',
    '{"constructor":{"prototype":{"polluted":true}}}',
    '{"roleId":"x","__proto__":{"roleId":"y"}}',
    `${'['.repeat(5000)}${']'.repeat(5000)}`,
    `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`
  )
  .map((text) => JSON.parse(text) as unknown)

/** Anything Electron's structured clone could deliver: dates, maps, typed arrays, bigints, null prototypes… */
const clonable = fc.anything({
  maxDepth: 4,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  withNullPrototype: true,
  withBoxedValues: true,
  withObjectString: true
})

const hostileValue = fc.oneof(hostileString, edgeNumber, fromJson, clonable, fc.jsonValue(), fc.boolean(), fc.constant(null), fc.constant(undefined))

/** Plausible values for the request fields the contract has today; unknown fields get hostile values only. */
function plausible(key: string): fc.Arbitrary<unknown> | undefined {
  const settings = world.core.state().settings as Record<string, unknown>
  const known: Record<string, fc.Arbitrary<unknown>> = {
    roleId: fc.constantFrom(appRoleId, 'profile:admin', 'profile:mfa', 'profile:broken', 'profile:nowhere', ...PROTOTYPE_KEYS),
    id: fc.constantFrom(appRoleId, 'profile:admin', 'no-such-role', ...PROTOTYPE_KEYS),
    format: fc.constantFrom(...exportFormats),
    mfaCode: fc.constantFrom(...ALICE.mfaCodes, '000000'),
    displayName: fc.string({ minLength: 1, maxLength: 80 }),
    roleArn: fc.constantFrom(...Object.values(ROLES)),
    accountId: fc.constantFrom('123456789012', '000000000000'),
    colour: fc.constantFrom('#1f77b4', null),
    alias: fc.constantFrom('prod', null),
    favourite: fc.boolean(),
    enabled: fc.boolean(),
    sessionName: fc.constantFrom('fuzz-session', 'a'),
    durationSeconds: fc.integer({ min: 900, max: 43200 }),
    region: fc.constantFrom('eu-west-1', 'us-east-1'),
    externalId: fc.constantFrom('vendor-42', 'wrong-id')
  }
  if (key in known) return known[key]
  return Object.hasOwn(settings, key) ? fc.constant(settings[key]) : undefined
}

/** Objects shaped like the channel's request: right keys with right or wrong values, keys missing, keys added. */
function requestShaped(channel: Channel): fc.Arbitrary<unknown> {
  const request: z.ZodType = contract[channel].request
  if (!(request instanceof z.ZodObject)) return hostileValue
  const fields = Object.keys(request.shape).map((key) => {
    const good = plausible(key)
    return [key, good ? fc.oneof({ weight: 3, arbitrary: good }, { weight: 1, arbitrary: hostileValue }) : hostileValue] as const
  })
  const shaped = fc.record(Object.fromEntries(fields), { requiredKeys: [] })
  const extra = fc.dictionary(fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string()), hostileValue, { maxKeys: 3 })
  return fc.oneof(
    { weight: 4, arbitrary: shaped },
    { weight: 1, arbitrary: fc.tuple(shaped, extra).map(([base, more]) => Object.assign(Object.create(null) as object, base, more)) },
    { weight: 1, arbitrary: fc.tuple(shaped, extra).map(([base, more]) => ({ ...more, ...base })) }
  )
}

const payload = (channel: Channel) => fc.oneof({ weight: 3, arbitrary: requestShaped(channel) }, { weight: 1, arbitrary: hostileValue })

/** Answers from a handler rather than from validation, per channel: the fuzzing reached real work. */
const handled = new Map<unknown, number>()

/** The one rule for every answer: it fits the channel's response contract, and no secret is in it. */
async function answersWithinContract(channel: unknown, body: unknown): Promise<void> {
  tally.input()
  let result: unknown
  try {
    result = await dispatch(world.core.handlers, channel, body)
  } catch (error) {
    tally.crash(`dispatch threw on ${label(channel)}: ${(error as Error)?.stack}`)
    throw error
  }
  const schema = typeof channel === 'string' && Object.hasOwn(channels, channel) ? contract[channel as Channel].response : rejection
  const fits = schema.safeParse(result)
  if (!fits.success) tally.crash(`${label(channel)} answered outside its contract: ${fits.error.message}`)
  expect(fits.success, `answer to ${label(channel)}: ${JSON.stringify(result)?.slice(0, 500)}`).toBe(true)
  const text = JSON.stringify(result)
  expect(text.includes(ALICE.secretAccessKey)).toBe(false)
  const code = (result as { error?: { code?: string } }).error?.code
  if (code !== 'InvalidRequest' && code !== 'UnknownChannel') handled.set(channel, (handled.get(channel) ?? 0) + 1)
}

/** A channel for messages; String() itself throws on some hostile values. */
const label = (channel: unknown): string => (typeof channel === 'string' ? JSON.stringify(channel.slice(0, 80)) : `a ${typeof channel}`)

const rejection = z.object({ ok: z.literal(false), error: z.object({ code: z.string().min(1), title: z.string().min(1), detail: z.string() }) })

describe('IPC fuzzing', () => {
  it.each(Object.keys(channels) as Channel[])('%s answers every payload within its contract', async (channel) => {
    const before = tally.counts.inputs
    await fc.assert(
      fc.asyncProperty(payload(channel), (body) => answersWithinContract(channel, body)),
      { numRuns: RUNS_PER_CHANNEL, interruptAfterTimeLimit: MS_PER_CHANNEL, seed: SEED }
    )
    // Even on a slow machine the time cap leaves room for a meaningful number of inputs, some valid.
    expect(tally.counts.inputs - before).toBeGreaterThan(100)
    expect(handled.get(channel)).toBeGreaterThan(0)
  })

  it('rejects random and look-alike channel names with a typed error', async () => {
    const names = Object.keys(channels)
    const channelName = fc.oneof(
      hostileString,
      hostileValue,
      fc.constantFrom(...names).map((name) => name.toUpperCase()),
      fc.constantFrom(...names).map((name) => ` ${name}`),
      fc.constantFrom(...names).map((name) => `${name}\u0000`),
      fc.constantFrom(...Object.values(channels))
    )
    await fc.assert(
      fc.asyncProperty(channelName.filter((name) => typeof name !== 'string' || !Object.hasOwn(channels, name)), hostileValue, async (name, body) => {
        await answersWithinContract(name, body)
      }),
      { numRuns: RUNS_PER_CHANNEL, interruptAfterTimeLimit: MS_PER_CHANNEL, seed: SEED }
    )
  })

  // Fuzzed requests may legitimately remove app roles or end sessions; config roles cannot be removed.
  it('leaves the core sound: a valid state, nothing polluted, the config roles intact', async () => {
    const state = world.core.state()
    expect(appStateSchema.safeParse(state).success).toBe(true)
    expect(tally.kept(({} as Record<string, unknown>).polluted === undefined)).toBe(true)
    expect(tally.kept(['profile:admin', 'profile:mfa', 'profile:broken'].every((id) => state.roles.some((r) => r.id === id)))).toBe(true)
    expect(tally.counts.crashes).toBe(0)
  })
})
