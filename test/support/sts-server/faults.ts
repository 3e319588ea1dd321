// Scripted failures (latency, errors, broken bodies, dead connections) consumed by the requests they match.
import type { Fault, FaultKind } from './types'
import type { Reply, Surface } from './reply'
import { StsError } from './errors'

export type TerminalFault = Fault & { kind: Exclude<FaultKind, 'latency'> }

export interface FaultPlan {
  delayMs: number
  /** Replaces or spoils the normal response; absent when the request should be served (after the delay). */
  terminal?: TerminalFault
}

interface ActiveFault {
  fault: Fault
  remaining: number
}

/** Faults without an action hit STS only, so tests of STS failures don't break console sign-in by accident. */
const matches = (fault: Fault, target: string): boolean =>
  fault.action === undefined ? target !== 'federation' : fault.action === target

export class FaultBook {
  private active: ActiveFault[] = []

  inject(fault: Fault): void {
    if (fault.kind === 'latency' && !(typeof fault.ms === 'number' && fault.ms >= 0)) throw new Error('latency fault needs ms >= 0')
    if (fault.kind === 'trickle' && !(typeof fault.ms === 'number' && fault.ms > 0)) throw new Error('trickle fault needs ms > 0')
    if (fault.kind === 'huge' && !(Number.isInteger(fault.bytes) && fault.bytes! > 0)) throw new Error('huge fault needs bytes > 0')
    if (fault.kind === 'missingFields' && !fault.fields?.length) throw new Error('missingFields fault needs fields')
    if (fault.times !== undefined && !(Number.isInteger(fault.times) && fault.times > 0)) throw new Error('fault times must be a positive integer')
    this.active.push({ fault: { ...fault }, remaining: fault.times ?? Infinity })
  }

  clear(): void {
    this.active = []
  }

  /** Latency faults stack; of the others only the first matching one is used (and counted). */
  take(target: string): FaultPlan {
    const plan: FaultPlan = { delayMs: 0 }
    for (const entry of this.active) {
      if (!matches(entry.fault, target)) continue
      if (entry.fault.kind === 'latency') plan.delayMs += entry.fault.ms ?? 0
      else if (plan.terminal) continue
      else plan.terminal = entry.fault as TerminalFault
      entry.remaining--
    }
    this.active = this.active.filter((entry) => entry.remaining > 0)
    return plan
  }
}

type ReplacingFault = 'http500' | 'throttle' | 'malformed'

export const isReplacing = (kind: FaultKind): kind is ReplacingFault => kind === 'http500' || kind === 'throttle' || kind === 'malformed'

/** The response for faults that answer in place of the server; drop and hang are handled at the socket. */
export function faultReply(kind: ReplacingFault, surface: Surface): Reply {
  switch (kind) {
    case 'http500':
      return surface.error(new StsError('InternalFailure', 'The request processing has failed because of an unknown error, exception or failure.'))
    case 'throttle':
      return surface.error(new StsError('Throttling', 'Rate exceeded'))
    case 'malformed':
      return surface.malformed()
  }
}
