// IAM users and roles known to the server, ARN parsing, and the identity a set of credentials acts as.
import type { StsRole, StsUser } from './types'
import { uniqueId } from './ids'

export interface IamArn {
  arn: string
  partition: string
  account: string
  type: 'user' | 'role'
  /** Last path segment: AWS drops the path when naming role sessions. */
  name: string
}

const IAM_ARN = /^arn:(aws|aws-cn|aws-us-gov):iam::(\d{12}):(user|role)\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]+)$/

/** Configuration mistakes in a test should fail loudly, not as a puzzling AccessDenied later. */
function parseIamArn(arn: string, expected: IamArn['type']): IamArn {
  const [, partition = '', account = '', type, name = ''] = IAM_ARN.exec(arn) ?? []
  if (type !== expected) throw new Error(`not an IAM ${expected} ARN: ${arn}`)
  return { arn, partition, account, type: expected, name }
}

/** Which kind of credentials signed a request; decides chaining limits and federation options. */
export type CredentialKind = 'long-term' | 'assumed-role' | 'session-token'

export interface Caller {
  /** What GetCallerIdentity reports and error messages name. */
  arn: string
  userId: string
  /** The principal trust policies see: a role session is trusted as its role. */
  trust: IamArn
  kind: CredentialKind
  /** The IAM user behind long-term keys and GetSessionToken sessions; MFA devices belong to them. */
  user?: StsUser
  mfaAuthenticated: boolean
}

export function userCaller(user: StsUser, kind: 'long-term' | 'session-token', mfaAuthenticated: boolean): Caller {
  return { arn: user.arn, userId: uniqueId('AIDA', user.arn), trust: parseIamArn(user.arn, 'user'), kind, user, mfaAuthenticated }
}

export function roleSessionCaller(role: IamArn, sessionName: string): Caller {
  return {
    arn: `arn:${role.partition}:sts::${role.account}:assumed-role/${role.name}/${sessionName}`,
    userId: `${uniqueId('AROA', role.arn)}:${sessionName}`,
    trust: role,
    kind: 'assumed-role',
    mfaAuthenticated: false
  }
}

export interface KnownRole {
  role: StsRole
  arn: IamArn
}

export class Directory {
  private readonly usersByKey = new Map<string, StsUser>()
  private readonly rolesByArn = new Map<string, KnownRole>()

  addUser(user: StsUser): void {
    parseIamArn(user.arn, 'user')
    this.usersByKey.set(user.accessKeyId, user)
  }

  addRole(role: StsRole): void {
    this.rolesByArn.set(role.arn, { role, arn: parseIamArn(role.arn, 'role') })
  }

  userByAccessKey(accessKeyId: string): StsUser | undefined {
    return this.usersByKey.get(accessKeyId)
  }

  role(arn: string): KnownRole | undefined {
    return this.rolesByArn.get(arn)
  }
}

export function trusts({ role, arn }: KnownRole, caller: Caller): boolean {
  const sameAccount = caller.trust.partition === arn.partition && caller.trust.account === arn.account
  return role.trustedPrincipals.some((p) => p === caller.trust.arn || (p === '*' && sameAccount))
}
