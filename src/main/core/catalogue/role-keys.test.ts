// Role keys and the resolver the CLI and the broker share: keys are safe, reversible and one per name;
// a key is read in its own namespace only; a plain name fits exactly one role or is refused.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeKeyName, encodeKeyName, KEY_CHARACTERS, parseRoleKey, roleKey } from './role-key'
import { resolveRole } from './resolve'

describe('role keys', () => {
  it('are made of [A-Za-z0-9._-] only, and give back the name they were made from', () => {
    fc.assert(
      fc.property(fc.constantFrom('app' as const, 'profile' as const), fc.string({ unit: 'binary', minLength: 1 }), (namespace, name) => {
        const key = roleKey(namespace, name)
        expect(key).toMatch(KEY_CHARACTERS)
        expect(parseRoleKey(key)).toEqual({ namespace, name })
      })
    )
  })

  it('spell each name one way only', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9._-]{1,12}$/), (text) => {
        const name = decodeKeyName(text)
        if (name !== undefined) expect(encodeKeyName(name)).toBe(text)
      })
    )
    expect(decodeKeyName('a_61')).toBeUndefined() // "a" stands for itself
    expect(decodeKeyName('a_2f')).toBeUndefined() // upper-case hex only
    expect(decodeKeyName('_FF')).toBeUndefined() // not UTF-8
    expect(decodeKeyName('a_')).toBeUndefined()
  })

  it('keep the names people use readable', () => {
    expect(roleKey('profile', 'prod-admin')).toBe('profile.prod-admin')
    expect(roleKey('profile', 'team@corp+ops%1:x/y')).toBe('profile.team_40corp_2Bops_251_3Ax_2Fy')
    expect(roleKey('profile', 'my_role')).toBe('profile.my__role')
    expect(roleKey('app', '3f2c8a9e-1b7d-4c1e-9a55-0d6f3e2b1a77')).toBe('app.3f2c8a9e-1b7d-4c1e-9a55-0d6f3e2b1a77')
  })
})

type Role = { id: string; key: string; origin: 'app' | 'config'; displayName: string; profile?: string }
const app = (id: string, displayName: string): Role => ({ id, key: roleKey('app', id), origin: 'app', displayName })
const profile = (name: string): Role => ({ id: `profile:${name}`, key: roleKey('profile', name), origin: 'config', displayName: name, profile: name })

describe('resolveRole', () => {
  const roles = [app('u1', 'admin'), profile('admin'), profile('dev'), app('u2', 'Ops'), app('u3', 'ops'), app('u4', 'Read only')]

  it('reads a key in its own namespace only', () => {
    expect(resolveRole(roles, 'profile.admin')).toEqual({ ok: true, value: roles[1] })
    expect(resolveRole(roles, 'app.u1')).toEqual({ ok: true, value: roles[0] })
    expect(resolveRole(roles, 'app.admin')).toMatchObject({ ok: false, error: { code: 'UnknownRole', detail: expect.stringMatching(/No role added in Rolecall has the key app\.admin/) } })
    expect(resolveRole(roles, 'profile.u1')).toMatchObject({ ok: false, error: { code: 'UnknownRole' } })
    expect(resolveRole(roles, 'profile.a_zz')).toMatchObject({ ok: false, error: { title: 'Not a role key' } })
  })

  it('refuses a plain name that fits roles in both namespaces, naming the keys to use', () => {
    const result = resolveRole(roles, 'admin')
    expect(result).toMatchObject({ ok: false, error: { code: 'AmbiguousRole' } })
    expect(!result.ok && result.error.detail).toBe(
      '"admin" could be any of app.u1 (added in Rolecall), profile.admin (config profile). Name the one you mean by its key.'
    )
  })

  it('refuses a name two display names fit, even only when case is ignored', () => {
    expect(resolveRole(roles, 'OPS')).toMatchObject({ ok: false, error: { code: 'AmbiguousRole', detail: expect.stringMatching(/app\.u2.*app\.u3/) } })
    expect(resolveRole(roles, 'Ops')).toEqual({ ok: true, value: roles[3] })
  })

  it('finds a profile by its name and an app role by its display name, in any case when only one fits', () => {
    expect(resolveRole(roles, 'dev')).toEqual({ ok: true, value: roles[2] })
    expect(resolveRole(roles, 'read ONLY')).toEqual({ ok: true, value: roles[5] })
    expect(resolveRole(roles, 'nobody')).toMatchObject({ ok: false, error: { code: 'UnknownRole', detail: expect.stringMatching(/rolecall list/) } })
  })

  it('points a name written like a key at the config profile of that name', () => {
    const named = [...roles, profile('app.legacy')]
    expect(resolveRole(named, 'app.legacy')).toMatchObject({
      ok: false,
      error: { code: 'UnknownRole', detail: expect.stringMatching(/The config profile named "app\.legacy" is profile\.app\.legacy\.$/) }
    })
    expect(resolveRole(named, 'profile.app.legacy')).toEqual({ ok: true, value: named.at(-1) })
  })

  it('no longer takes an internal id as a name', () => {
    expect(resolveRole(roles, 'profile:dev')).toMatchObject({ ok: false, error: { code: 'UnknownRole' } })
  })
})
