// Unit tests for reading the role form: optional fields omitted, numbers parsed, bad input tied to its field.
import { describe, expect, it } from 'vitest'
import { contract } from '../../../shared/contract'
import { readRoleForm, roleFields } from './role-form'

const ARN = 'arn:aws:iam::123456789012:role/Admin'

function form(fields: Record<string, string>): FormData {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}

const blank = { sessionName: '', durationSeconds: '', region: '', externalId: '', sourceIdentity: '', sessionTags: '', transitiveTagKeys: '' }

describe('readRoleForm', () => {
  it('omits blank optional fields and trims the rest', () => {
    expect(readRoleForm(form({ ...blank, displayName: ' Prod admin ', roleArn: ` ${ARN} ` }), undefined)).toEqual({
      ok: true,
      value: { displayName: 'Prod admin', roleArn: ARN }
    })
  })

  it('sends every filled field, the duration as a number, and the id when editing', () => {
    const data = form({
      displayName: 'Prod',
      roleArn: ARN,
      sessionName: 'alice',
      durationSeconds: '3600',
      region: 'eu-west-1',
      externalId: 'ext-123',
      sourceIdentity: 'alice',
      sessionTags: 'Project=alpha, Team=ops',
      transitiveTagKeys: 'Project'
    })
    expect(readRoleForm(data, 'role-1')).toEqual({
      ok: true,
      value: {
        id: 'role-1',
        displayName: 'Prod',
        roleArn: ARN,
        sessionName: 'alice',
        durationSeconds: 3600,
        region: 'eu-west-1',
        externalId: 'ext-123',
        sourceIdentity: 'alice',
        sessionTags: 'Project=alpha, Team=ops',
        transitiveTagKeys: 'Project'
      }
    })
  })

  it('reports an invalid ARN against the roleArn field with the parser message', () => {
    const result = readRoleForm(form({ ...blank, displayName: 'X', roleArn: 'arn:aws:iam::12345:role/Admin' }), undefined)
    expect(result).toMatchObject({
      ok: false,
      error: { field: 'roleArn', detail: 'The account ID must be exactly 12 digits; "12345" is not.' }
    })
  })

  it('reports a duration that is not a whole number against its field', () => {
    const result = readRoleForm(form({ ...blank, displayName: 'X', roleArn: ARN, durationSeconds: '1.5h' }), undefined)
    expect(result).toMatchObject({ ok: false, error: { field: 'durationSeconds' } })
  })

  it.each([
    ['sessionTags', { sessionTags: 'Project' }, /"Project" is not Key=Value/],
    ['transitiveTagKeys', { sessionTags: 'Team=ops', transitiveTagKeys: 'Project' }, /Transitive tag key "Project"/]
  ])('reports bad session tags against %s', (field, fields, message) => {
    const result = readRoleForm(form({ ...blank, displayName: 'X', roleArn: ARN, ...fields }), undefined)
    expect(result).toMatchObject({ ok: false, error: { field, detail: expect.stringMatching(message) } })
  })

  it.each(['displayName', 'sessionName', 'sourceIdentity'])('refuses a control character in %s on that field, as main does', (field) => {
    const fields = { ...blank, displayName: 'X', roleArn: ARN, [field]: 'ab\u202ecd' }
    const local = readRoleForm(form(fields), undefined)
    expect(local).toMatchObject({ ok: false, error: { field, detail: expect.stringMatching(/cannot contain control characters/) } })
    // Main's own check names the same field, which the dialog shows the message beside.
    const request = { displayName: fields.displayName, roleArn: ARN, [field]: fields[field as keyof typeof fields] }
    const issue = contract['roles:save'].request.safeParse(request).error?.issues[0]
    expect(issue?.path).toEqual([field])
    expect(issue?.message).toBe(!local.ok && local.error.detail)
    expect(roleFields).toContain(field)
  })
})
