// Tray actions on the real core against the local STS: requests go through the IPC dispatch, and every
// outcome reaches the user as a notice and a notification, since the tray has no window of its own.
import { afterEach, describe, expect, it } from 'vitest'
import { ROLES, startWorld, type World } from '../../../../test/support/world'
import { dispatch } from '../ipc/ipc-router'
import { runTrayRequest, trayStep } from './tray-actions'
import type { TrayAction } from './tray-menu'

let world: World
afterEach(async () => world?.close())

async function run(w: World, action: TrayAction): Promise<void> {
  const step = trayStep(action, (id) => w.core.roles().find((r) => r.id === id)?.displayName ?? id)
  if (typeof step === 'string') throw new Error(`${action.type} is a window step`)
  await runTrayRequest(step, {
    handlers: w.core.handlers,
    notifier: w.notifier,
    addNotice: (n) => w.core.addNotice(n),
    removeNotice: (id) => w.core.removeNotice(id)
  })
}

async function addAdmin(w: World): Promise<string> {
  const saved = (await dispatch(w.core.handlers, 'roles:save', { displayName: 'Admin', roleArn: ROLES.admin })) as { value: { id: string } }
  return saved.value.id
}

describe('tray actions', () => {
  it('maps window items to window steps and the rest to contract requests', () => {
    const name = () => 'Admin'
    expect(trayStep({ type: 'settings' }, name)).toBe('open-settings')
    expect(trayStep({ type: 'all-roles' }, name)).toBe('focus-search')
    expect(trayStep({ type: 'show' }, name)).toBe('show')
    expect(trayStep({ type: 'quit' }, name)).toBe('quit')
    expect(trayStep({ type: 'console', roleId: 'r1' }, name)).toEqual({
      channel: 'sessions:open-console',
      payload: { roleId: 'r1' },
      doing: 'open the console as Admin'
    })
  })

  it('shows a failed copy as a notice and a notification, and clears the notice once an action succeeds', async () => {
    world = await startWorld()
    const roleId = await addAdmin(world)
    await run(world, { type: 'copy', roleId, format: 'fish' })
    expect(world.core.state().notices).toContainEqual({
      id: 'tray-action',
      level: 'error',
      message: expect.stringMatching(/^Could not copy the fish export for Admin: .*no session/i)
    })
    expect(world.notifier.shown.at(-1)).toMatchObject({ title: 'Rolecall could not copy the fish export for Admin' })
    expect(world.clipboard.text).toBe('')

    await run(world, { type: 'assume', roleId })
    expect(world.core.state().sessions).toHaveLength(1)
    expect(world.core.state().notices.some((n) => n.id === 'tray-action')).toBe(false)
    await run(world, { type: 'copy', roleId, format: 'fish' })
    expect(world.clipboard.text).toMatch(/^set -gx AWS_ACCESS_KEY_ID/m)
    expect(world.notifier.shown.at(-1)).toMatchObject({ title: 'Copied', body: expect.stringMatching(/fish export; the clipboard clears in 45 s/) })
  })

  it('checks a tray request against the contract like any IPC request', async () => {
    world = await startWorld()
    await run(world, { type: 'copy', roleId: '', format: 'bash' })
    expect(world.core.state().notices).toContainEqual(expect.objectContaining({ id: 'tray-action', message: expect.stringMatching(/Invalid request/) }))
  })

  it('reports a console that could not be opened', async () => {
    world = await startWorld()
    const roleId = await addAdmin(world)
    await run(world, { type: 'console', roleId })
    expect(world.notifier.shown.at(-1)?.title).toBe('Rolecall could not open the console as Admin')
    expect(world.opener.opened).toEqual([])
  })
})
