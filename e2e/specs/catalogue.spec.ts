// The role catalogue in the window: config profiles beside app roles, multi-word search with the
// keyboard, favourites, live reload of ~/.aws/config, and the MFA prompt with one code for many switches.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { askBroker } from '../../src/main/core/broker/client'
import { startBroker } from '../../src/main/core/broker/server'
import { ALICE, ROLES } from '../../test/support/world'
import { expect, test } from '../fixtures'

const CONFIG = `
[profile base]
region = us-east-1

[profile prod-admin]
role_arn = ${ROLES.admin}
source_profile = base

[profile prod-readonly]
role_arn = ${ROLES.readOnly}
source_profile = base

[profile vendor]
role_arn = ${ROLES.external}
source_profile = base
external_id = vendor-42

[profile break-glass]
role_arn = ${ROLES.mfa}
source_profile = base
mfa_serial = ${ALICE.mfaSerial}

[profile ops]
role_arn = ${ROLES.admin}
source_profile = base
mfa_serial = ${ALICE.mfaSerial}

[profile broken]
role_arn = ${ROLES.long}
source_profile = nowhere
`

test.use({ worldOptions: { config: CONFIG, watch: true } })

test('lists config profiles and filters them as you type, by several words', async ({ page, host: _host }) => {
  const roles = page.getByRole('list', { name: 'Roles' })
  await expect(roles.getByText('profile: prod-admin')).toBeVisible()
  await expect(roles.getByRole('alert').filter({ hasText: 'Profile problem:' })).toContainText('"nowhere"')
  await expect(page.getByRole('button', { name: 'Assume broken' })).toBeDisabled()
  const search = page.getByRole('searchbox', { name: 'Search roles' })
  await search.fill('prod read')
  await expect(page.getByRole('button', { name: /^Assume / })).toHaveText(['Assume'])
  await expect(page.getByRole('button', { name: 'Assume prod-readonly' })).toBeVisible()
  await search.fill('123456789012 vendor')
  await expect(page.getByRole('button', { name: 'Assume vendor' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Assume prod-admin' })).toBeHidden()
  await search.press('Escape')
  await expect(search).toHaveValue('')
  await expect(page.getByRole('button', { name: 'Assume prod-admin' })).toBeVisible()
})

test('arrow keys pick a role and Enter assumes it', async ({ page, world, host: _host }) => {
  const search = page.getByRole('searchbox', { name: 'Search roles' })
  await search.fill('prod')
  await search.press('ArrowDown')
  await search.press('Enter')
  await expect(page.getByRole('list', { name: 'Sessions' }).getByRole('listitem')).toHaveCount(1)
  expect(world.sts.calls.filter((c) => c.action === 'AssumeRole' && c.status === 200)).toHaveLength(1)
})

test('Enter and Escape while an IME composes (Hangul) neither assume a role nor clear the search', async ({ page, world, host: _host }) => {
  const search = page.getByRole('searchbox', { name: 'Search roles' })
  await search.fill('prod')
  await search.press('ArrowDown')
  // What Chromium sends while a composition is open: the key, marked as part of it.
  await search.dispatchEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true })
  await search.dispatchEvent('keydown', { key: 'Escape', isComposing: true, bubbles: true })
  await expect(search).toHaveValue('prod')
  await expect(page.getByText('No active sessions.')).toBeVisible()
  expect(world.sts.calls.filter((c) => c.action === 'AssumeRole')).toHaveLength(0)
  await search.press('Enter')
  await expect(page.getByRole('list', { name: 'Sessions' }).getByRole('listitem')).toHaveCount(1)
})

test('a favourite is pinned at the top', async ({ page, host: _host }) => {
  await page.getByRole('button', { name: 'Favourite vendor' }).click()
  await expect(page.getByRole('button', { name: 'Favourite vendor' })).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByRole('button', { name: /^Assume / }).first()).toHaveAccessibleName('Assume vendor')
})

test('edits to ~/.aws/config show up without a restart', async ({ page, world, host: _host }) => {
  world.home.write({ config: `${CONFIG}\n[profile new-one]\nrole_arn = ${ROLES.long}\nsource_profile = base\n` })
  await expect(page.getByRole('button', { name: 'Assume new-one' })).toBeVisible({ timeout: 2000 })
})

test('asks for an MFA code, keeps asking on a wrong one, and one code covers the next switch', async ({ page, world, host: _host }) => {
  await page.getByRole('button', { name: 'Assume break-glass' }).click()
  const dialog = page.getByRole('dialog', { name: 'MFA code for break-glass' })
  const code = dialog.getByLabel('MFA code')
  await expect(code).toBeFocused()
  await code.fill('000000')
  await code.press('Enter')
  await expect(dialog.getByRole('alert')).toContainText('MFA code rejected')
  await expect(dialog).toBeVisible()
  await code.fill(ALICE.mfaCodes[1]!)
  await code.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('timer', { name: 'Time left for break-glass' })).toBeVisible()
  await expect(page.getByText(/MFA session for profile base until/)).toBeVisible()
  await page.getByRole('button', { name: 'Assume ops' }).click()
  await expect(page.getByRole('timer', { name: 'Time left for ops' })).toBeVisible()
  await expect(page.getByRole('dialog')).toBeHidden()
  expect(world.sts.calls.filter((c) => c.action === 'GetSessionToken' && c.status === 200)).toHaveLength(1)
})

test('each command-line request for an MFA role opens the window’s prompt, and the code typed there answers them all', async ({ page, world, host: _host }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'rolecall-e2e-broker-'))
  const broker = await startBroker({ core: world.core, dataDir, showWindow: () => undefined })
  try {
    // The same client the CLI runs, in this process, waiting for the code as `rolecall credential-process` does.
    const ask = () => askBroker(dataDir, { op: 'credentials', role: 'break-glass', mfaWaitSeconds: 60 }, 65_000)
    const first = ask()
    const dialog = page.getByRole('dialog', { name: 'MFA code for break-glass' })
    await expect(dialog.getByLabel('MFA code')).toBeFocused()
    // Dismissed, the prompt stays closed though the first request still waits, until another one asks.
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect(dialog).toBeHidden()
    const second = ask()
    await expect(dialog.getByLabel('MFA code')).toBeFocused()
    await dialog.getByLabel('MFA code').fill(ALICE.mfaCodes[0]!)
    await dialog.getByLabel('MFA code').press('Enter')
    await expect(dialog).toBeHidden()
    for (const answer of await Promise.all([first, second])) {
      expect(answer).toMatchObject({ ok: true, value: { credentials: { roleName: 'break-glass' } } })
    }
    await expect(page.getByRole('timer', { name: 'Time left for break-glass' })).toBeVisible()
  } finally {
    await broker.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
})
