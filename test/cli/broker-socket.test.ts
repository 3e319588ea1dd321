// The broker with a data folder whose path is too long for a socket (sun_path: 108 bytes on Linux, 104
// on macOS): the socket goes into a short folder only this user can enter, the address file says where,
// and the CLI gets the running app's answer through it.
import { mkdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { socketPath } from '../../src/main/core/broker/protocol'
import { startBroker, type Broker } from '../../src/main/core/broker/server'
import type { World } from '../support/world'
import { startCliWorld } from './fixture'
import { runCli } from './run-cli'

let world: World | undefined
let broker: Broker | undefined
afterEach(async () => {
  await broker?.close()
  broker = undefined
  await world?.close()
})

describe.skipIf(process.platform === 'win32')('the broker socket with a long data folder path', () => {
  it('listens inside a 0700 folder of this user, and the CLI gets its answer', async () => {
    const started = await startCliWorld()
    world = started.world
    const dataDir = join(started.env.ROLECALL_DATA_DIR!, 'a'.repeat(100), 'b'.repeat(100))
    mkdirSync(dataDir, { recursive: true })
    expect(Buffer.byteLength(socketPath(dataDir))).toBeGreaterThan(200)
    await world.core.loadCatalog()
    broker = await startBroker({ core: world.core, dataDir, showWindow: () => undefined })

    expect(Buffer.byteLength(broker.address)).toBeLessThan(104)
    expect(statSync(broker.address).isSocket()).toBe(true)
    const folder = statSync(dirname(broker.address))
    expect(folder.isDirectory()).toBe(true)
    expect(folder.mode & 0o777).toBe(0o700)
    expect(folder.uid).toBe(process.getuid!())

    const env = { ...started.env, ROLECALL_DATA_DIR: dataDir }
    for (let i = 0; i < 2; i++) {
      const result = await runCli(['credential-process', 'admin'], env)
      expect(result.code).toBe(0)
      expect(JSON.parse(result.stdout).AccessKeyId).toMatch(/^ASIA/)
    }
    // Served from the app's one live session, not by the CLI assuming on its own each time.
    expect(world.sts.calls.filter((c) => c.action === 'AssumeRole' && c.status === 200)).toHaveLength(1)
  })
})
