// Sessions over time, end to end: one hand-moved clock drives the core, the local STS and the page,
// so a countdown can cross its thresholds, a refresh can happen, fail, and a session can expire.
import type { Page } from '@playwright/test'
import type { World } from '../../test/support/world'
import { ROLES } from '../../test/support/world'
import { expect, test } from '../fixtures'
import { addAndAssume } from '../ui-steps'

const MIN = 60_000
test.use({ manualClock: true })

/** Moves the core's clock and the page's clock together, letting HTTP round trips finish on the way. */
async function pass(page: Page, world: World, ms: number) {
  for (let left = ms; left > 0; left -= 15_000) {
    const step = Math.min(15_000, left)
    await world.clock!.advance(step)
    await page.clock.runFor(step)
    await expect.poll(() => world.core.state().sessions.some((s) => s.status === 'refreshing')).toBe(false)
  }
}

test('the countdown crosses the thresholds, a notification is raised, and the session shows as expired', async ({ page, world, host: _host }) => {
  await addAndAssume(page, 'Admin', ROLES.admin)
  await page.getByRole('button', { name: 'Auto-refresh Admin' }).click()
  await expect(page.getByRole('button', { name: 'Auto-refresh Admin' })).toHaveAttribute('aria-pressed', 'false')
  const timer = page.getByRole('timer', { name: 'Time left for Admin' })
  await pass(page, world, 50 * MIN + 1000)
  await expect(timer).toHaveAttribute('data-urgency', 'warning')
  expect(world.notifier.shown.map((n) => n.title)).toEqual(['Admin expires in 10 min'])
  await pass(page, world, 8 * MIN)
  await expect(timer).toHaveAttribute('data-urgency', 'critical')
  expect(world.notifier.shown.at(-1)?.title).toBe('Admin expires in 2 min')
  await pass(page, world, 2 * MIN)
  await expect(timer).toHaveText('Expired')
  await expect(page.getByRole('button', { name: 'Assume Admin again' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Copy export for Admin' })).toBeHidden()
  await page.getByRole('button', { name: 'Dismiss Admin' }).click()
  await expect(page.getByText('No active sessions.')).toBeVisible()
})

test('auto-refresh assumes the role again and the new expiry is shown', async ({ page, world, host: _host }) => {
  await addAndAssume(page, 'Admin', ROLES.admin)
  const timer = page.getByRole('timer', { name: 'Time left for Admin' })
  await pass(page, world, 55 * MIN + 1000)
  expect(world.sts.calls.filter((c) => c.action === 'AssumeRole' && c.status === 200)).toHaveLength(2)
  await expect(timer).toHaveText(/^0:59:5\d$|^1:00:00$/)
  await expect(page.getByText(/^Refreshed at /)).toBeVisible()
})

test('a refresh that fails is reported', async ({ page, world, host: _host }) => {
  await addAndAssume(page, 'Admin', ROLES.admin)
  world.sts.injectFault({ kind: 'throttle', action: 'AssumeRole' })
  await pass(page, world, 55 * MIN + 1000)
  const session = page.getByRole('list', { name: 'Sessions' }).getByRole('listitem', { name: 'Admin' })
  await expect(session.getByRole('alert')).toContainText('Refresh failed: AWS is throttling requests (Throttling)')
})
