// The bench's browser cleanup against real processes: a group whose members keep writing into a folder is
// stopped whole before the folder goes, and a folder that cannot be removed costs a warning, not the run.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import { removeLeftover, stopProcessGroup } from '../../bench/browser-cleanup'

describe('bench browser cleanup', () => {
  it.skipIf(process.platform === 'win32')('stops a detached process group whose helpers keep writing, then removes their folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rolecall-bench-test-'))
    // A leader that starts two helpers in its group; each writes a new file every few milliseconds, as
    // Chromium's helpers write to the profile.
    const writer = `const fs=require('fs');let n=0;setInterval(()=>{fs.mkdirSync(process.argv[1]+'/d'+process.pid,{recursive:true});fs.writeFileSync(process.argv[1]+'/d'+process.pid+'/f'+(n++),'x')},2)`
    const leader = `const {spawn}=require('child_process');for(let i=0;i<2;i++)spawn(process.execPath,['-e',${JSON.stringify(writer)},process.argv[1]],{stdio:'ignore'});setInterval(()=>{},1000)`
    const child = spawn(process.execPath, ['-e', leader, dir], { stdio: 'ignore', detached: true })
    await sleep(300)
    await stopProcessGroup(child)
    expect(() => process.kill(-child.pid!, 0)).toThrow(/ESRCH/)
    expect(await removeLeftover(dir)).toBe(true)
    expect(existsSync(dir)).toBe(false)
  })

  it('warns and leaves a folder the file system will not remove, without throwing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rolecall-bench-test-'))
    // The file system's answer when a helper wrote into the folder during its removal.
    const busy = async () => {
      throw Object.assign(new Error(`ENOTEMPTY: directory not empty, rmdir '${dir}'`), { code: 'ENOTEMPTY' })
    }
    const warnings: string[] = []
    expect(await removeLeftover(dir, (m) => warnings.push(m), busy)).toBe(false)
    expect(warnings).toEqual([expect.stringMatching(/^bench: left .* behind \(ENOTEMPTY/)])
    expect(await removeLeftover(dir)).toBe(true)
  })
})
