// The catalogue over role sources: sources merged in order, views rebuilt only when a source or the
// per-role preferences change, every source's problems reported, and names resolved across all of them.
import { describe, expect, it } from 'vitest'
import type { RoleView } from '../../../shared/views'
import type { RolePreferences } from '../store/role-preferences'
import { Catalogue } from './catalogue'
import { roleKey } from './role-key'
import type { RoleSource } from './role-source'

function view(id: string, origin: RoleView['origin'], name: string, favourite = false): RoleView {
  return {
    id,
    key: roleKey(origin === 'app' ? 'app' : 'profile', origin === 'app' ? id : name),
    displayName: name,
    roleArn: `arn:aws:iam::123456789012:role/${name}`,
    accountId: '123456789012',
    roleName: name,
    partition: 'aws',
    origin,
    ...(origin === 'config' ? { profile: name } : {}),
    chained: false,
    favourite,
    autoRefresh: true
  }
}

/** A source whose roles and problems a test sets, counting how often it was asked for views. */
function source(origin: RoleView['origin'], names: string[], problems: string[] = []) {
  let roles = names
  const counted = {
    built: 0,
    set(next: string[]) {
      roles = next
    },
    version: () => roles,
    views: (prefs: RolePreferences) => {
      counted.built += 1
      return roles.map((name) => view(origin === 'app' ? `id-${name}` : `profile:${name}`, origin, name, prefs.favourites.has(name)))
    },
    problems: () => problems
  }
  return counted satisfies RoleSource & { built: number }
}

const prefs = (favourites: string[] = []): RolePreferences => ({ favourites: new Set(favourites), recent: {}, autoRefresh: {}, credentialsProfiles: {} })

describe('Catalogue', () => {
  it('merges its sources in order and reports each source’s problems', () => {
    const app = source('app', ['Mine'])
    const config = source('config', ['admin', 'dev'], ['~/.aws/config: the section [__proto__] is ignored'])
    const catalogue = new Catalogue([app, config], () => prefs())
    expect(catalogue.roles().map((r) => `${r.origin}:${r.displayName}`)).toEqual(['app:Mine', 'config:admin', 'config:dev'])
    expect(catalogue.problems()).toEqual(['~/.aws/config: the section [__proto__] is ignored'])
    expect(catalogue.role('profile:dev')?.displayName).toBe('dev')
  })

  it('rebuilds views only when a source’s roles or the preferences change', () => {
    const app = source('app', ['Mine'])
    const config = source('config', ['admin'])
    let current = prefs()
    const catalogue = new Catalogue([app, config], () => current)
    const first = catalogue.roles()
    expect(catalogue.roles()).toBe(first)
    expect([app.built, config.built]).toEqual([1, 1])
    config.set(['admin', 'added'])
    expect(catalogue.roles().map((r) => r.displayName)).toEqual(['Mine', 'admin', 'added'])
    current = prefs(['admin'])
    expect(catalogue.roles().find((r) => r.displayName === 'admin')?.favourite).toBe(true)
    expect([app.built, config.built]).toEqual([3, 3])
  })

  it('resolves a name across sources, and refuses one two sources share', () => {
    const catalogue = new Catalogue([source('app', ['admin', 'Ops']), source('config', ['admin', 'dev'])], () => prefs())
    expect(catalogue.resolve('dev')).toMatchObject({ ok: true, value: { origin: 'config' } })
    expect(catalogue.resolve('ops')).toMatchObject({ ok: true, value: { origin: 'app' } })
    expect(catalogue.resolve('admin')).toMatchObject({ ok: false, error: { code: 'AmbiguousRole' } })
  })
})
