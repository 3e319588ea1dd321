// Unit tests for the account dialog's request: only changes are sent, and a blank alias or reset colour is null.
import { describe, expect, it } from 'vitest'
import { contract } from '../../../shared/contract'
import { accountUpdate } from './account-form'

const ID = '123456789012'

describe('accountUpdate', () => {
  it('sends nothing when nothing changed', () => {
    expect(accountUpdate(ID, { alias: 'prod', colour: '#112233' }, ' prod ', '#112233')).toBeNull()
    expect(accountUpdate(ID, undefined, '', null)).toBeNull()
  })

  it('sends a new alias, trimmed, and a new colour', () => {
    expect(accountUpdate(ID, undefined, ' prod ', '#112233')).toEqual({ accountId: ID, alias: 'prod', colour: '#112233' })
    expect(accountUpdate(ID, { alias: 'prod' }, 'prod', '#445566')).toEqual({ accountId: ID, colour: '#445566' })
  })

  it('sends null to clear the alias or to go back to the automatic colour', () => {
    expect(accountUpdate(ID, { alias: 'prod', colour: '#112233' }, '  ', null)).toEqual({
      accountId: ID,
      alias: null,
      colour: null
    })
  })

  it("sends an alias with a control character as typed, and main's refusal names the alias field the dialog shows it on", () => {
    const request = accountUpdate(ID, undefined, 'prod\u001b[2J', null)
    const issue = contract['accounts:update'].request.safeParse(request).error?.issues[0]
    expect(issue).toMatchObject({ path: ['alias'], message: expect.stringMatching(/^An alias cannot contain control characters/) })
  })
})
