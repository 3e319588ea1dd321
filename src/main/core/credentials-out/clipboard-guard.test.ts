import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ClipboardGuard } from './clipboard-guard'
import { memoryClipboard } from '../../../../test/support/edge-fakes'
import { systemTimers } from '../ports'

describe('ClipboardGuard', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('clears the clipboard after the delay when it still holds our text', async () => {
    const clipboard = memoryClipboard()
    const guard = new ClipboardGuard(clipboard, systemTimers)
    await guard.copy('secret', 45)
    await vi.advanceTimersByTimeAsync(44_999)
    expect(clipboard.text).toBe('secret')
    await vi.advanceTimersByTimeAsync(1)
    expect(clipboard.text).toBe('')
  })

  it('leaves whatever the user copied since', async () => {
    const clipboard = memoryClipboard()
    const guard = new ClipboardGuard(clipboard, systemTimers)
    await guard.copy('secret', 45)
    clipboard.text = 'something the user copied'
    await vi.advanceTimersByTimeAsync(60_000)
    expect(clipboard.text).toBe('something the user copied')
  })

  it('restarts the delay on a new copy and clears on demand (quit)', async () => {
    const clipboard = memoryClipboard()
    const guard = new ClipboardGuard(clipboard, systemTimers)
    await guard.copy('first', 45)
    await vi.advanceTimersByTimeAsync(30_000)
    await guard.copy('second', 45)
    await vi.advanceTimersByTimeAsync(30_000)
    expect(clipboard.text).toBe('second')
    await guard.clearIfOurs()
    expect(clipboard.text).toBe('')
  })

  it('reports an unavailable clipboard as a typed error', async () => {
    const clipboard = memoryClipboard()
    clipboard.broken = true
    const guard = new ClipboardGuard(clipboard, systemTimers)
    await expect(guard.copy('secret', 45)).rejects.toMatchObject({ name: 'ClipboardUnavailable' })
  })
})
