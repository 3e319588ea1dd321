// Notices: one per id, replaced when said again, gone when taken back, and every change announced once.
import { describe, expect, it } from 'vitest'
import { Notices } from './notices'

describe('Notices', () => {
  it('keeps one notice per id, in the order first said, and announces each change', () => {
    let changes = 0
    const notices = new Notices([{ id: 'store-recovered', level: 'warning', message: 'recovered' }], () => changes++)
    notices.add({ id: 'shortcut', level: 'warning', message: 'taken' })
    notices.add({ id: 'store-recovered', level: 'info', message: 'recovered again' })
    expect(notices.list()).toEqual([
      { id: 'store-recovered', level: 'info', message: 'recovered again' },
      { id: 'shortcut', level: 'warning', message: 'taken' }
    ])
    notices.remove('shortcut')
    notices.remove('never-said')
    expect(notices.list().map((n) => n.id)).toEqual(['store-recovered'])
    expect(changes).toBe(3)
  })
})
