// The broker's wire format and where it lives: one JSON line in, one JSON line out, over a Unix
// socket in a folder only the user can open (on Windows a named pipe with a random name). A token that
// changes every start sits in a file only the user can read; on Windows each side proves it knows it
// without sending it (see client.ts). Kept free of heavy imports: the CLI loads this on its fast path.
import { join } from 'node:path'
import type { ErrorView } from '../../../shared/views'

export const BROKER_VERSION = 1

/** What the CLI asks for. */
export type BrokerRequest =
  | { op: 'credentials'; role?: string; durationSeconds?: number; mfaCode?: string; mfaWaitSeconds?: number }
  | {
      op: 'console'
      role?: string
      destination?: string
      region?: string
      mfaCode?: string
      mfaWaitSeconds?: number
    }

export interface BrokerCredentials {
  accessKeyId: string
  secretAccessKey: string
  sessionToken: string
  expiresAt: number
  region: string
  roleName: string
}

export type BrokerResponse =
  | { ok: true; value: { credentials: BrokerCredentials } | { url: string } }
  | { ok: false; error: ErrorView }

/** How a request on the wire shows the token: as it is, or by a signature of a fresh nonce under it. */
export type BrokerAuth = { token: string } | { nonce: string; auth: string }

export type WireRequest = BrokerRequest & BrokerAuth & { v: typeof BROKER_VERSION }

/** The answer on the wire; to a signed request, with the app's signature of the same nonce. */
export type WireResponse = BrokerResponse & { proof?: string }

/** What the running app publishes for the CLI: where to connect and the token both sides sign with. */
export interface BrokerAddress {
  socket: string
  token: string
  pid: number
}

export const MAX_MESSAGE_BYTES = 64 * 1024

export function brokerDir(dataDir: string): string {
  return join(dataDir, 'broker')
}

export function brokerAddressFile(dataDir: string): string {
  return join(brokerDir(dataDir), 'broker.json')
}

/** The socket file on macOS and Linux; on Windows the broker picks a random pipe name per start instead. */
export function socketPath(dataDir: string): string {
  return join(brokerDir(dataDir), 'rolecall.sock')
}
