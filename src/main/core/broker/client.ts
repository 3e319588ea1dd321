// The CLI's side of the broker: if the app is running, ask it; if not (no address file, a stale
// socket, a refused connection), say so and let the CLI work on its own. On Windows, an answer that
// does not prove it comes from the app that wrote the address file is never used. Loads no AWS SDK code.
import { readFileSync } from 'node:fs'
import { createConnection } from 'node:net'
import {
  BROKER_VERSION,
  MAX_MESSAGE_BYTES,
  brokerAddressFile,
  type BrokerAddress,
  type BrokerAuth,
  type BrokerRequest,
  type BrokerResponse,
  type WireRequest,
  type WireResponse
} from './protocol'

/** The app's answer, or undefined when no app is there to answer. */
export async function askBroker(
  dataDir: string,
  request: BrokerRequest,
  timeoutMs: number,
  platform: NodeJS.Platform = process.platform
): Promise<BrokerResponse | undefined> {
  const file = brokerAddressFile(dataDir)
  let address: BrokerAddress
  try {
    // Read synchronously: a few hundred bytes, and the CLI has nothing else to do meanwhile, while an
    // asynchronous read would load node:fs/promises and wait a turn of the thread pool.
    address = JSON.parse(readFileSync(file, 'utf8')) as BrokerAddress
  } catch {
    return undefined
  }
  const { evidence, trusts } = await authentication(address.token, platform)
  const wire: WireRequest = { ...request, ...evidence, v: BROKER_VERSION }
  return new Promise((resolve, reject) => {
    const socket = createConnection(address.socket)
    let buffer = ''
    let connected = false
    const timer = setTimeout(() => {
      socket.destroy()
      reject(Object.assign(new Error(`Rolecall did not answer within ${Math.round(timeoutMs / 1000)} seconds.`), { name: 'Timeout' }))
    }, timeoutMs)
    socket.setEncoding('utf8')
    socket.once('connect', () => {
      connected = true
      socket.write(`${JSON.stringify(wire)}\n`)
    })
    socket.on('data', (chunk: string) => {
      buffer += chunk
      if (buffer.length > MAX_MESSAGE_BYTES) socket.destroy(new Error('The answer was too large.'))
    })
    socket.once('end', () => {
      clearTimeout(timer)
      if (buffer === '') return reject(new Error('Rolecall closed the connection without answering; it may have quit.'))
      let answer: WireResponse
      try {
        answer = JSON.parse(buffer) as WireResponse
      } catch {
        return reject(new Error('Rolecall answered with something that is not JSON.'))
      }
      resolve(trusts(answer) ? answer : unproven(address.socket, file))
    })
    socket.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer)
      // Nobody listening (a crash left the files behind): the CLI works on its own.
      if (!connected) resolve(undefined)
      else reject(error)
    })
  })
}

/**
 * How the request shows the token, and which answers to trust. On Windows pipe names are machine-wide:
 * another user can list them and take the one a stale address file still names, so the request
 * carries a signature instead of the token (sent as it is, the token would hand that program what it
 * needs to pass as the app), and the answer must carry the app's own (see token-proof). On macOS and
 * Linux the socket sits in a folder only this user can enter, so nothing else can answer on it; there
 * the token goes as it is, which spares the fast path loading node:crypto (about 2 ms, a tenth of a
 * Node start).
 */
async function authentication(
  token: string,
  platform: NodeJS.Platform
): Promise<{ evidence: BrokerAuth; trusts(answer: WireResponse): boolean }> {
  if (platform !== 'win32') return { evidence: { token }, trusts: () => true }
  const { newNonce, sign, verify } = await import('./token-proof')
  const nonce = newNonce()
  return { evidence: { nonce, auth: sign(token, 'client', nonce) }, trusts: (answer) => verify(token, 'app', nonce, answer.proof) }
}

/**
 * The Rolecall that wrote the address file would have signed its answer, so this one came from
 * something else, or from a Rolecall that restarted in between. Either way its content, error text
 * included, is not shown or used.
 */
function unproven(socket: string, file: string): BrokerResponse {
  return {
    ok: false,
    error: {
      code: 'BrokerRefused',
      title: 'Answer not from Rolecall',
      detail:
        `What answered on ${socket} could not prove it knows the token in ${file}, so its answer was not used. ` +
        'If Rolecall just restarted, try again; otherwise another program may be posing as Rolecall.'
    }
  }
}
