// Parses and validates IAM role ARNs, with a message that names exactly what is wrong.
// Shared so the role form can explain a typo before saving; main re-validates on save.

export type Partition = 'aws' | 'aws-cn' | 'aws-us-gov'

export interface RoleArn {
  partition: Partition
  accountId: string
  /** IAM path including leading and trailing slash, e.g. "/" or "/team/ops/". */
  path: string
  roleName: string
  arn: string
}

export type ArnResult = { ok: true; value: RoleArn } | { ok: false; error: string }

const PARTITIONS: readonly Partition[] = ['aws', 'aws-cn', 'aws-us-gov']
const MAX_ARN_LENGTH = 2048
const ROLE_NAME = /^[\w+=,.@-]{1,64}$/
// IAM paths are printable ASCII between slashes (IAM's own pattern is (\u002F)|(\u002F[\u0021-\u007E]+\u002F)).
const PATH = /^\/(?:[\u0021-\u007E]*\/)?$/

// The whole of a valid role ARN in one pass; the step-by-step checks below run only to explain a bad one.
// Catalogues of thousands of profiles parse every ARN on each load, so the common case must be cheap.
const VALID = /^arn:(aws|aws-cn|aws-us-gov):iam::(\d{12}):role(\/(?:[\u0021-\u007E]*\/)?)([\w+=,.@-]{1,64})$/

/** A valid, trimmed role ARN's parts, or undefined: parseRoleArn's fast path, for catalogues of thousands. */
export function matchRoleArn(arn: string): RoleArn | undefined {
  const fast = VALID.exec(arn)
  if (!fast || fast[3]!.length > 512) return undefined
  return { partition: fast[1] as Partition, accountId: fast[2]!, path: fast[3]!, roleName: fast[4]!, arn }
}

export function parseRoleArn(input: string): ArnResult {
  const arn = input.trim()
  const fast = matchRoleArn(arn)
  if (fast) return { ok: true, value: fast }
  if (arn === '') return fail('Enter a role ARN, like arn:aws:iam::123456789012:role/Admin.')
  // IAM's own limit; checked first so the messages below, which quote parts of the input, stay short.
  if (arn.length > MAX_ARN_LENGTH) return fail(`A role ARN is at most ${MAX_ARN_LENGTH} characters; this one has ${arn.length}.`)
  const parts = arn.split(':')
  if (parts[0] !== 'arn' || parts.length !== 6) {
    return fail('A role ARN has six parts separated by colons: arn:PARTITION:iam::ACCOUNT:role/NAME.')
  }
  const [, partition = '', service, region, accountId = '', resource = ''] = parts
  if (!PARTITIONS.includes(partition as Partition)) {
    return fail(`Unknown partition "${partition}": use aws, aws-cn or aws-us-gov.`)
  }
  if (service !== 'iam') return fail(`The service must be "iam", not "${service}".`)
  if (region !== '') return fail('IAM ARNs have no region: leave the fourth part empty (iam::ACCOUNT).')
  if (!/^\d{12}$/.test(accountId)) {
    return fail(`The account ID must be exactly 12 digits; "${accountId}" is not.`)
  }
  if (!resource.startsWith('role/')) {
    return fail(`The resource must start with "role/"; "${resource.split('/')[0]}" is not a role.`)
  }
  const slash = resource.lastIndexOf('/')
  const path = resource.slice(4, slash + 1)
  const roleName = resource.slice(slash + 1)
  if (path.length > 512 || !PATH.test(path)) {
    return fail(`The role path "${path}" is not valid: it must start and end with "/" and use printable characters.`)
  }
  if (!ROLE_NAME.test(roleName)) {
    return fail(
      roleName === ''
        ? 'The role name is missing after "role/".'
        : `The role name "${roleName}" is not valid: up to 64 letters, digits and + = , . @ _ -.`
    )
  }
  return { ok: true, value: { partition: partition as Partition, accountId, path, roleName, arn } }
}

function fail(error: string): ArnResult {
  return { ok: false, error }
}
