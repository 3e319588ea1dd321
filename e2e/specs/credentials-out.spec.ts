// Credentials out from the window, end to end: any export format, a chosen console service and region,
// and a credentials-file profile.
import { readFileSync } from 'node:fs'
import { ROLES } from '../../test/support/world'
import { expect, test } from '../fixtures'
import { addAndAssume } from '../ui-steps'

test('copies another format, opens a chosen console service, and writes a credentials-file profile', async ({ page, world, host: _host }) => {
  await addAndAssume(page, 'Admin', ROLES.admin)
  await page.getByRole('button', { name: 'More for Admin' }).click()
  const tools = page.getByRole('dialog', { name: 'More for Admin' })
  await tools.getByLabel('Format').selectOption('fish')
  await tools.getByRole('button', { name: 'Copy fish export' }).click()
  await expect(tools.getByRole('status')).toContainText('Copied fish export')
  expect(world.clipboard.text).toMatch(/^set -gx AWS_ACCESS_KEY_ID 'ASIA/)
  await tools.getByLabel('Console service').fill('S3')
  await tools.getByLabel('Console region (optional)').fill('eu-west-1')
  await tools.getByRole('button', { name: 'Open console' }).click()
  await expect.poll(() => world.opener.opened.length).toBe(1)
  expect(new URL(world.opener.opened[0]!).searchParams.get('Destination')).toBe('https://console.aws.amazon.com/s3/home?region=eu-west-1')
  await tools.getByLabel('Credentials file profile').fill('dev')
  await tools.getByRole('button', { name: 'Write sessions to this profile' }).click()
  await expect(tools.getByRole('status')).toContainText('profile [dev]')
  expect(readFileSync(world.home.credentialsFile, 'utf8')).toMatch(/\[dev\]\n# Managed by Rolecall \(Admin\)/)
})
