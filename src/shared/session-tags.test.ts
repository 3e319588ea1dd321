// The session-tag syntax shared by the role form and config profiles, against STS's own rules.
import { describe, expect, it } from 'vitest'
import { parseSessionTags } from './session-tags'

describe('parseSessionTags', () => {
  it('reads Key=Value pairs, blanks around them trimmed, and transitive keys in any case, once, spelt as the tag', () => {
    expect(parseSessionTags(' Project = alpha ,Team=ops/platform, Empty=, Note=a=b ', 'project, PROJECT')).toEqual({
      ok: true,
      value: {
        tags: [
          { key: 'Project', value: 'alpha' },
          { key: 'Team', value: 'ops/platform' },
          { key: 'Empty', value: '' },
          { key: 'Note', value: 'a=b' }
        ],
        transitiveTagKeys: ['Project']
      }
    })
    expect(parseSessionTags('')).toEqual({ ok: true, value: { tags: [], transitiveTagKeys: [] } })
  })

  it('counts characters as STS does, one outside the Basic Multilingual Plane as one', () => {
    expect(parseSessionTags(`${'𝒜'.repeat(128)}=${'é'.repeat(256)}`).ok).toBe(true)
    expect(parseSessionTags(`${'𝒜'.repeat(129)}=v`)).toMatchObject({ ok: false, field: 'sessionTags' })
  })

  it.each([
    ['Project', '', /"Project" is not Key=Value/],
    ['=alpha', '', /A tag key is 1 to 128 characters; "" is not/],
    [`${'k'.repeat(129)}=v`, '', /A tag key is 1 to 128 characters/],
    [`K=${'v'.repeat(257)}`, '', /value of tag "K" is longer than 256/],
    ['Cost$=1', '', /Tag "Cost\$" may only have letters, digits, blanks/],
    ['Team=a, team=b', '', /Tag "team" is given twice/],
    [Array.from({ length: 51 }, (_, i) => `K${i}=v`).join(','), '', /At most 50 session tags/],
    ['Team=a', 'Project', /Transitive tag key "Project" is not one of the session tags/]
  ])('refuses %j (transitive %j)', (tags, transitive, message) => {
    const parsed = parseSessionTags(tags, transitive)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed).toMatchObject({ error: expect.stringMatching(message), field: transitive && /Transitive/.test(String(message)) ? 'transitiveTagKeys' : 'sessionTags' })
  })
})
