// Regenerates the README screenshots: the real renderer in Chromium, on the real core and local STS.
import { chromium } from '@playwright/test'
import { hostRenderer } from '../e2e/host/browser-host'
import { ROLES, startWorld } from '../test/support/world'
import { dispatch } from '../src/main/core/ipc/ipc-router'

const out = (name: string) => new URL(`../docs/screenshots/${name}.png`, import.meta.url).pathname

const world = await startWorld()
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']
})
try {
  const page = await browser.newPage({ viewport: { width: 400, height: 640 }, colorScheme: 'light' })
  const roles: Record<string, string> = {}
  for (const [name, arn, extra] of [
    ['Prod admin', ROLES.admin, {}],
    ['Read-only (team)', ROLES.readOnly, { region: 'eu-west-1' }],
    ['Vendor access', ROLES.external, {}],
    ['Break-glass (MFA)', ROLES.mfa, {}]
  ] as const) {
    const saved = (await dispatch(world.core.handlers, 'roles:save', { displayName: name, roleArn: arn, ...extra })) as { value: { id: string } }
    roles[name] = saved.value.id
  }
  await world.core.refreshSource()
  await dispatch(world.core.handlers, 'roles:assume', { roleId: roles['Prod admin'] })
  await dispatch(world.core.handlers, 'roles:assume', { roleId: roles['Read-only (team)'] })
  await dispatch(world.core.handlers, 'roles:assume', { roleId: roles['Vendor access'] })
  const host = await hostRenderer(page, world.core)
  await page.getByRole('timer').first().waitFor()
  await page.waitForTimeout(300)
  await page.screenshot({ path: out('main-window') })
  await page.getByRole('button', { name: 'Add role' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add role' })
  await dialog.getByLabel('Display name').fill('Staging deploy')
  await dialog.getByLabel('Role ARN').fill('arn:aws:iam::12345678:role/Deploy')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await page.waitForTimeout(200)
  await page.screenshot({ path: out('add-role-error') })
  await host.close()
} finally {
  await browser.close()
  await world.close()
}
