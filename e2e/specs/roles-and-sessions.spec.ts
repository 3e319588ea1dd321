// The whole foundation flow in Chromium against the real core and the local STS: add a role,
// assume it, watch the countdown, copy the export, open the console, and see refusals reported.
import { fileURLToPath } from 'node:url'
import { ALICE, ROLES } from '../../test/support/world'
import { expect, test } from '../fixtures'
import { trayStep } from '../../src/main/core/tray/tray-actions'
import { serveDirectory } from '../host/static-server'
import { addRole } from '../ui-steps'

test('shows the source identity', async ({ page, host: _host }) => {
  await expect(page.getByText(`Signed in as ${ALICE.arn}`)).toBeVisible()
})

test('adds a role, and explains a malformed ARN before saving', async ({ page, world, host: _host }) => {
  await page.getByRole('button', { name: 'Add role' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add role' })
  await dialog.getByLabel('Display name').fill('Prod admin')
  await dialog.getByLabel('Role ARN').fill('arn:aws:iam::12345678:role/Admin')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog.getByText(/account ID must be exactly 12 digits/)).toBeVisible()
  await expect(dialog.getByLabel('Role ARN')).toHaveAttribute('aria-invalid', 'true')
  await dialog.getByLabel('Role ARN').fill(ROLES.admin)
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('list', { name: 'Roles' }).getByText('Prod admin')).toBeVisible()
  expect(world.core.roles().map((r) => r.roleArn)).toEqual([ROLES.admin])
})

test('passes a role’s source identity and session tags, and names a bad tag in its field', async ({ page, world, host: _host }) => {
  await page.getByRole('button', { name: 'Add role' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add role' })
  await dialog.getByLabel('Display name').fill('Tagged')
  await dialog.getByLabel('Role ARN').fill(ROLES.long)
  await dialog.getByLabel('Session tags (optional)').fill('Project')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog.getByText(/"Project" is not Key=Value/)).toBeVisible()
  await expect(dialog.getByLabel('Session tags (optional)')).toHaveAttribute('aria-invalid', 'true')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await addRole(page, 'Tagged', ROLES.long, { sourceIdentity: 'alice', sessionTags: 'Project=alpha, Team=ops' })
  await page.getByRole('button', { name: 'Assume Tagged' }).click()
  await expect(page.getByRole('timer', { name: 'Time left for Tagged' })).toBeVisible()
  const sent = world.sts.calls.find((c) => c.action === 'AssumeRole')!.params
  expect(sent).toMatchObject({ SourceIdentity: 'alice', 'Tags.member.1.Key': 'Project', 'Tags.member.2.Value': 'ops' })
})

test('assumes a role and shows a live countdown that changes colour near the end', async ({ page, world, host: _host }) => {
  await page.clock.install()
  await addRole(page, 'Admin', ROLES.admin)
  await page.getByRole('button', { name: 'Assume Admin' }).click()
  const session = page.getByRole('list', { name: 'Sessions' }).getByRole('listitem', { name: 'Admin' })
  await expect(session.getByText(/Assumed as arn:aws:sts::123456789012:assumed-role\/Admin\//)).toBeVisible()
  await expect(session.getByText(`from ${ALICE.arn}`)).toBeVisible()
  await expect(session.getByText('✓ AWS confirms this identity')).toBeVisible()
  const timer = session.getByRole('timer', { name: 'Time left for Admin' })
  await expect(timer).toHaveText(/^0:59:5\d$|^1:00:00$/)
  const before = await timer.textContent()
  await page.clock.runFor(3000)
  await expect(timer).not.toHaveText(before!)
  await expect(timer).toHaveAttribute('data-urgency', 'normal')
  await page.clock.fastForward('51:00')
  await expect(timer).toHaveAttribute('data-urgency', 'warning')
  await page.clock.fastForward('08:00')
  await expect(timer).toHaveAttribute('data-urgency', 'critical')
  expect(world.sts.calls.filter((c) => c.action === 'AssumeRole')).toHaveLength(1)
})

test('copies the export through main, and the page never sees the secret', async ({ page, world, host }) => {
  await addRole(page, 'ReadOnly', ROLES.readOnly, { region: 'eu-west-1' })
  await page.getByRole('button', { name: 'Assume ReadOnly' }).click()
  await page.getByRole('button', { name: 'Copy export for ReadOnly' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Copied export for ReadOnly. Clipboard clears in 45 s.' })).toBeVisible()
  const text = world.clipboard.text
  expect(text).toMatch(/^export AWS_ACCESS_KEY_ID='ASIA/m)
  expect(text).toMatch(/^export AWS_REGION='eu-west-1'$/m)
  expect(text).toMatch(/^export AWS_CREDENTIAL_EXPIRATION='\d{4}-\d\d-\d\dT/m)
  const secret = /AWS_SECRET_ACCESS_KEY='([^']+)'/.exec(text)![1]!
  const token = /AWS_SESSION_TOKEN='([^']+)'/.exec(text)![1]!
  const html = await page.content()
  expect(html).not.toContain(secret)
  expect(JSON.stringify(host.sent)).not.toContain(secret)
  expect(JSON.stringify(host.sent)).not.toContain(token)
})

test('opens the console through the federation endpoint', async ({ page, world, host: _host }) => {
  await addRole(page, 'Admin', ROLES.admin)
  await page.getByRole('button', { name: 'Assume Admin' }).click()
  await page.getByRole('button', { name: 'Open console for Admin' }).click()
  await expect.poll(() => world.opener.opened.length).toBe(1)
  const url = new URL(world.opener.opened[0]!)
  expect(url.origin).toBe(world.sts.url)
  expect(url.pathname).toBe('/federation')
  expect(url.searchParams.get('Action')).toBe('login')
  expect(url.searchParams.get('Destination')).toBe('https://console.aws.amazon.com/console/home?region=us-east-1')
  expect(url.searchParams.get('SigninToken')).toBeTruthy()
})

test('reports an STS error next to the role and stays usable', async ({ page, world, host: _host }) => {
  await addRole(page, 'Admin', ROLES.admin)
  world.sts.injectFault({ kind: 'throttle', action: 'AssumeRole' })
  await page.getByRole('button', { name: 'Assume Admin' }).click()
  const alert = page.getByRole('list', { name: 'Roles' }).getByRole('alert')
  await expect(alert).toContainText('AWS is throttling requests')
  await expect(alert).toContainText('(Throttling)')
  world.sts.clearFaults()
  await page.getByRole('button', { name: 'Assume Admin' }).click()
  await expect(page.getByRole('timer', { name: 'Time left for Admin' })).toBeVisible()
  await expect(alert).toBeHidden()
})

test('reports MFA and external-ID refusals', async ({ page, host: _host }) => {
  await addRole(page, 'Needs MFA', ROLES.mfa)
  await addRole(page, 'Vendor', ROLES.external)
  await page.getByRole('button', { name: 'Assume Needs MFA' }).click()
  await page.getByRole('button', { name: 'Assume Vendor' }).click()
  const roles = page.getByRole('list', { name: 'Roles' })
  for (const name of ['Needs MFA', 'Vendor']) {
    const alert = roles
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: `Assume ${name}` }) })
      .getByRole('alert')
    await expect(alert).toContainText('Access denied')
    await expect(alert).toContainText('(AccessDenied)')
    await expect(alert).toContainText('is not authorized to perform: sts:AssumeRole')
  }
})

test('ends a session', async ({ page, host: _host }) => {
  await addRole(page, 'Admin', ROLES.admin)
  await page.getByRole('button', { name: 'Assume Admin' }).click()
  await page.getByRole('button', { name: 'End session for Admin' }).click()
  await expect(page.getByText('No active sessions.')).toBeVisible()
})

test('the tray’s “Settings…” opens the settings dialog, and leaves a half-filled role form alone', async ({ page, world, host }) => {
  const step = trayStep({ type: 'settings' }, () => '')
  expect(step).toBe('open-settings')
  await expect(page.getByRole('button', { name: 'Add role' })).toBeVisible()
  await host.emit('ui:open-settings', null)
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible()
  await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Cancel' }).click()
  await page.getByRole('button', { name: 'Add role' }).click()
  await page.getByRole('dialog', { name: 'Add role' }).getByLabel('Display name').fill('Half typed')
  await host.emit('ui:open-settings', null)
  await expect(page.getByRole('dialog', { name: 'Add role' }).getByLabel('Display name')).toHaveValue('Half typed')
  expect(world.core.state().roles).toEqual([])
})

test.describe('without credentials', () => {
  test.use({ worldOptions: { credentials: false } })
  test('says no AWS credentials were found and how to fix it', async ({ page, host: _host }) => {
    const panel = page.getByRole('region', { name: 'No AWS credentials found' })
    await expect(panel).toBeVisible()
    await expect(panel).toContainText('aws configure')
    await expect(panel.getByRole('button', { name: 'Check again' })).toBeVisible()
  })
})

test('the built page runs under the strict CSP: injected inline script does not run', async ({ page, host: _host }) => {
  const ran = await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.__injected = true'
    document.body.append(script)
    return (window as unknown as { __injected?: boolean }).__injected === true
  })
  expect(ran).toBe(false)
})

test('a page other than the renderer is refused by the core', async ({ page, host }) => {
  const other = await serveDirectory(fileURLToPath(new URL('../../out/renderer', import.meta.url)))
  try {
    await page.goto(other.url)
    expect(new URL(other.url).origin).not.toBe(new URL(host.url).origin)
    const result = await page.evaluate(() => window.rolecall.getState())
    expect(result).toMatchObject({ ok: false, error: { code: 'UntrustedSender' } })
  } finally {
    await other.close()
  }
})
