// Steps the specs share, done the way a person does them: through the window's labelled controls.
import { expect, type Page } from '@playwright/test'

interface RolePreferences {
  externalId?: string
  region?: string
  sourceIdentity?: string
  sessionTags?: string
}

export async function addRole(page: Page, name: string, arn: string, extra: RolePreferences = {}) {
  await page.getByRole('button', { name: 'Add role' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add role' })
  await dialog.getByLabel('Display name').fill(name)
  await dialog.getByLabel('Role ARN').fill(arn)
  if (extra.externalId) await dialog.getByLabel('External ID (optional)').fill(extra.externalId)
  if (extra.region) await dialog.getByLabel('Region (optional)').fill(extra.region)
  if (extra.sourceIdentity) await dialog.getByLabel('Source identity (optional)').fill(extra.sourceIdentity)
  if (extra.sessionTags) await dialog.getByLabel('Session tags (optional)').fill(extra.sessionTags)
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
}

export async function addAndAssume(page: Page, name: string, arn: string) {
  await addRole(page, name, arn)
  await page.getByRole('button', { name: `Assume ${name}`, exact: true }).click()
  await expect(page.getByRole('timer', { name: `Time left for ${name}` })).toBeVisible()
}
