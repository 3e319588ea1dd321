import { describe, expect, it } from 'vitest'
import { parseRoleArn } from './arn'

describe('parseRoleArn', () => {
  it('accepts roles in every partition, with and without a path', () => {
    expect(parseRoleArn('arn:aws:iam::123456789012:role/Admin')).toEqual({
      ok: true,
      value: { partition: 'aws', accountId: '123456789012', path: '/', roleName: 'Admin', arn: 'arn:aws:iam::123456789012:role/Admin' }
    })
    const gov = parseRoleArn(' arn:aws-us-gov:iam::210987654321:role/team/ops/Deploy+Bot@x ')
    expect(gov.ok && gov.value).toMatchObject({ partition: 'aws-us-gov', path: '/team/ops/', roleName: 'Deploy+Bot@x' })
    expect(parseRoleArn('arn:aws-cn:iam::111122223333:role/ReadOnly').ok).toBe(true)
  })

  it.each([
    ['', /Enter a role ARN/],
    ['arn:aws:iam::123456789012', /six parts/],
    ['arn:aws-moon:iam::123456789012:role/A', /Unknown partition "aws-moon"/],
    ['arn:aws:s3::123456789012:role/A', /service must be "iam"/],
    ['arn:aws:iam:us-east-1:123456789012:role/A', /no region/],
    ['arn:aws:iam::12345678901:role/A', /exactly 12 digits; "12345678901"/],
    ['arn:aws:iam::123456789012:user/alice', /"user" is not a role/],
    ['arn:aws:iam::123456789012:role/', /role name is missing/],
    ['arn:aws:iam::123456789012:role/bad name', /role name "bad name" is not valid/],
    ['arn:aws:iam::123456789012:role/a'.concat('b'.repeat(64)), /is not valid/],
    ['arn:aws:iam::123456789012:role/pa th/Name', /role path "\/pa th\/" is not valid/]
  ])('explains what is wrong with %j', (input, message) => {
    const result = parseRoleArn(input)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(message)
  })
})
