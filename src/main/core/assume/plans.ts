// The assume plan for each role, made once and kept until what it was made from changes: an app role
// assumed from the source profile, or a config profile's chain as the AWS CLI would walk it.
import type { Fail } from '../../../shared/result'
import type { AwsFiles, ConfigRole } from '../catalogue'
import type { StoredRole } from '../store'
import { failure } from '../sts'
import { hopTags, planForConfigRole, type AssumePlan, type Hop } from './plan'

export interface PlanInputs {
  appRole(id: string): StoredRole | undefined
  configRole(id: string): ConfigRole | undefined
  files(): AwsFiles | undefined
  /** The credentials app roles are assumed from, and the key caches know them by. */
  appBase(): Pick<AssumePlan, 'base' | 'baseKey'>
  defaultRegion(): string
  env: NodeJS.ProcessEnv
}

export class Plans {
  private readonly made = new Map<string, AssumePlan>()

  constructor(private readonly inputs: PlanInputs) {}

  /** Forget one role's plan (it was edited or removed), or all of them (the files, the source or the settings changed). */
  forget(roleId?: string): void {
    if (roleId === undefined) this.made.clear()
    else this.made.delete(roleId)
  }

  planFor(roleId: string): AssumePlan | Fail {
    const made = this.made.get(roleId)
    if (made) return made
    const plan = this.make(roleId)
    if (!('ok' in plan)) this.made.set(roleId, plan)
    return plan
  }

  private make(roleId: string): AssumePlan | Fail {
    const appRole = this.inputs.appRole(roleId)
    if (appRole) return this.appPlan(appRole)
    const configRole = this.inputs.configRole(roleId)
    const files = this.inputs.files()
    if (!configRole || !files) return failure('UnknownRole', `No role with id ${roleId}.`)
    if (configRole.problem) return unusable(configRole.problem)
    try {
      return planForConfigRole(files, configRole, { defaultRegion: this.inputs.defaultRegion(), env: this.inputs.env })
    } catch (error) {
      return unusable((error as Error).message)
    }
  }

  private appPlan(role: StoredRole): AssumePlan | Fail {
    let tags: Pick<Hop, 'sessionTags' | 'transitiveTagKeys'>
    try {
      tags = hopTags(role.sessionTags, role.transitiveTagKeys)
    } catch (error) {
      return { ok: false, error: { code: 'ValidationError', title: 'This role cannot be used as it is', detail: (error as Error).message } }
    }
    return {
      ...this.inputs.appBase(),
      hops: [
        {
          roleArn: role.roleArn,
          ...(role.sessionName ? { sessionName: role.sessionName } : {}),
          ...(role.durationSeconds ? { durationSeconds: role.durationSeconds } : {}),
          ...(role.externalId ? { externalId: role.externalId } : {}),
          ...(role.sourceIdentity ? { sourceIdentity: role.sourceIdentity } : {}),
          ...tags,
          target: { region: role.region ?? this.inputs.defaultRegion() }
        }
      ]
    }
  }
}

function unusable(detail: string): Fail {
  return { ok: false, error: { code: 'ConfigProblem', title: 'This profile cannot be used as it is', detail } }
}
