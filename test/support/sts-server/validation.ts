// AWS-style parameter validation: every violation is collected into one ValidationError message, as STS does.
import { StsError } from './errors'

interface StringRule {
  min: number
  max: number
  /** AWS's pattern text, quoted verbatim in the message and matched against the whole value. */
  pattern?: string
}

interface IntegerRule {
  min: number
  max: number
}

export class Validator {
  private readonly violations: string[] = []

  constructor(private readonly params: Record<string, string>) {}

  /** Returns '' when missing; done() throws before such a value could be used. */
  required(name: string, rule: StringRule): string {
    if (this.params[name] === undefined) this.violations.push(`Value null at '${member(name)}' failed to satisfy constraint: Member must not be null`)
    return this.optional(name, rule) ?? ''
  }

  optional(name: string, { min, max, pattern }: StringRule): string | undefined {
    const value = this.params[name]
    if (value === undefined) return undefined
    if (value.length < min) this.fail(name, value, `Member must have length greater than or equal to ${min}`)
    else if (value.length > max) this.fail(name, value, `Member must have length less than or equal to ${max}`)
    else if (pattern && !new RegExp(`^${pattern}$`, 'u').test(value)) this.fail(name, value, `Member must satisfy regular expression pattern: ${pattern}`)
    return value
  }

  integer(name: string, { min, max }: IntegerRule): number | undefined {
    const raw = this.params[name]
    if (raw === undefined) return undefined
    const value = Number(raw)
    if (!/^-?\d+$/.test(raw)) this.fail(name, raw, 'Member must be an integer')
    else if (value < min) this.fail(name, raw, `Member must have value greater than or equal to ${min}`)
    else if (value > max) this.fail(name, raw, `Member must have value less than or equal to ${max}`)
    return value
  }

  done(): void {
    const n = this.violations.length
    if (n > 0) throw new StsError('ValidationError', `${n} validation error${n > 1 ? 's' : ''} detected: ${this.violations.join('; ')}`)
  }

  private fail(name: string, value: string, constraint: string): void {
    this.violations.push(`Value '${value}' at '${member(name)}' failed to satisfy constraint: ${constraint}`)
  }
}

/** AWS names members in camelCase in these messages (RoleSessionName → roleSessionName). */
const member = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1)
