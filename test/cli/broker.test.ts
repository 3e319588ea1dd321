// The CLI with the app running: answers come from the app's live sessions over the broker, and the
// CLI falls back to working on its own when the app is gone or left a stale socket behind.
import { rmSync, writeFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { brokerAddressFile, socketPath } from '../../src/main/core/broker/protocol'
import { startBroker, type Broker } from '../../src/main/core/broker/server'
import type { World } from '../support/world'
import { startCliWorld } from './fixture'
import { runCli } from './run-cli'

let world: World
let env: Record<string, string>
let broker: Broker | undefined
afterEach(async () => {
  await broker?.close()
  broker = undefined
  await world?.close()
})

async function appRunning() {
  ;({ world, env } = await startCliWorld())
  await world.core.loadCatalog()
  broker = await startBroker({ core: world.core, dataDir: env.ROLECALL_DATA_DIR!, showWindow: () => undefined })
}

const assumes = () => world.sts.calls.filter((c) => c.action === 'AssumeRole' && c.status === 200).length

describe.skipIf(process.platform === 'win32')('CLI through the running app', () => {
  it('serves 200 credential-process calls in a row from one live session', async () => {
    await appRunning()
    const documents = new Set<string>()
    for (let i = 0; i < 200; i++) {
      const result = await runCli(['credential-process', 'admin'], env)
      expect(result.code).toBe(0)
      documents.add(JSON.parse(result.stdout).AccessKeyId)
    }
    expect(documents.size).toBe(1)
    expect(assumes()).toBe(1)
  }, 120_000)

  it('serves two CLIs at once, and uses the current session when no role is named', async () => {
    await appRunning()
    const [a, b] = await Promise.all([runCli(['export', 'admin'], env), runCli(['console', 'admin', '--print'], env)])
    expect(a.stdout).toMatch(/^export AWS_ACCESS_KEY_ID='ASIA/)
    expect(b.stdout).toMatch(/Action=login/)
    const current = await runCli(['export', '--format', 'json'], env)
    expect(current.code).toBe(0)
    expect(assumes()).toBe(1)
  })

  it('keeps working across an app restart, and on its own when the app is gone', async () => {
    await appRunning()
    expect((await runCli(['credential-process', 'admin'], env)).code).toBe(0)
    await broker!.close()
    broker = await startBroker({ core: world.core, dataDir: env.ROLECALL_DATA_DIR!, showWindow: () => undefined })
    expect((await runCli(['credential-process', 'admin'], env)).code).toBe(0)
    expect(assumes()).toBe(1)
    await broker.close()
    broker = undefined
    const alone = await runCli(['credential-process', 'admin'], env)
    expect(alone.code).toBe(0)
    expect(assumes()).toBe(2)
  })

  it('treats a stale socket from a crash as no app', async () => {
    await appRunning()
    await broker!.close()
    broker = undefined
    writeFileSync(brokerAddressFile(env.ROLECALL_DATA_DIR!), JSON.stringify({ socket: socketPath(env.ROLECALL_DATA_DIR!), token: 'old', pid: 1 }))
    writeFileSync(socketPath(env.ROLECALL_DATA_DIR!), '')
    const result = await runCli(['export', 'admin'], env)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/AWS_SESSION_TOKEN/)
    rmSync(socketPath(env.ROLECALL_DATA_DIR!))
  })

  it('reports a wrong token as a refusal', async () => {
    await appRunning()
    const file = brokerAddressFile(env.ROLECALL_DATA_DIR!)
    writeFileSync(file, JSON.stringify({ socket: socketPath(env.ROLECALL_DATA_DIR!), token: 'forged', pid: 1 }))
    const result = await runCli(['export', 'admin'], env)
    expect(result.code).toBe(4)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/broker token is wrong/)
  })
})
