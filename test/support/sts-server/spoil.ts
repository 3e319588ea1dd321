// Faults that keep the real answer but spoil it the way a broken proxy or a hostile endpoint might:
// padded to an absurd size, sent a byte at a time, missing elements, or with credentials already expired.
import type { Fault } from './types'
import type { Reply } from './reply'

export type SpoilingFault = Fault & { kind: 'huge' | 'trickle' | 'missingFields' | 'expired' }

export const isSpoiling = (fault: Fault): fault is SpoilingFault =>
  fault.kind === 'huge' || fault.kind === 'trickle' || fault.kind === 'missingFields' || fault.kind === 'expired'

/** The answer as it will be sent; 'trickle' keeps the body and is paced by the server when sending. */
export function spoil(fault: SpoilingFault, reply: Reply, now: number): Reply {
  switch (fault.kind) {
    case 'huge':
      // Trailing whitespace keeps both the XML and the federation's JSON well-formed: only the size is wrong.
      return { ...reply, body: reply.body + ' '.repeat(fault.bytes!) }
    case 'missingFields':
      return { ...reply, body: fault.fields!.reduce((body, field) => body.replace(element(field), ''), reply.body) }
    case 'expired':
      return { ...reply, body: reply.body.replace(element('Expiration'), `<Expiration>${new Date(now - 3600_000).toISOString()}</Expiration>`) }
    case 'trickle':
      return reply
  }
}

const element = (name: string): RegExp => new RegExp(`<${name}>[\\s\\S]*?</${name}>`, 'g')
