// The IPC router over a real core: every channel validated against the contract, and bad payloads refused with a typed error.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { memoryClipboard, recordingOpener } from '../../../../test/support/edge-fakes'
import { settingsConf } from '../../../../test/support/settings-conf'
import { dispatch } from './ipc-router'
import { RolecallCore } from '../rolecall-core'

function core() {
  const dir = mkdtempSync(join(tmpdir(), 'rolecall-router-'))
  return new RolecallCore({
    store: settingsConf(dir),
    clipboard: memoryClipboard(),
    opener: recordingOpener()
  })
}

describe('dispatch', () => {
  const handlers = core().handlers

  it.each([
    ['an unknown channel', 'shell:exec', {}, 'UnknownChannel', undefined],
    ['a prototype key as channel', '__proto__', {}, 'UnknownChannel', undefined],
    ['a missing payload', 'roles:assume', undefined, 'InvalidRequest', undefined],
    ['an extra field', 'roles:assume', { roleId: 'x', admin: true }, 'InvalidRequest', undefined],
    ['a wrong type', 'roles:assume', { roleId: 42 }, 'InvalidRequest', 'roleId'],
    ['an unknown export format', 'sessions:copy-export', { roleId: 'x', format: 'powershell; rm -rf' }, 'InvalidRequest', 'format'],
    ['a payload on a no-argument channel', 'app:get-state', { sneaky: 1 }, 'InvalidRequest', undefined],
    ['an out-of-range setting', 'settings:update', { clipboardClearSeconds: 1 }, 'InvalidRequest', 'clipboardClearSeconds'],
    ['a malformed region', 'roles:save', { displayName: 'x', roleArn: 'arn:aws:iam::123456789012:role/A', region: 'moon' }, 'InvalidRequest', 'region']
  ])('rejects %s with a typed error', async (_label, channel, payload, code, field) => {
    const result = (await dispatch(handlers, channel, payload)) as { ok: boolean; error: { code: string; field?: string } }
    expect(result.ok).toBe(false)
    expect(result.error.code).toBe(code)
    expect(result.error.field).toBe(field)
  })

  it('passes a valid request to its handler', async () => {
    expect(await dispatch(handlers, 'app:get-state', undefined)).toMatchObject({ ok: true, value: { roles: [] } })
  })
})
