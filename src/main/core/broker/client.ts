// The CLI's side of the broker: if the app is running, ask it; if not (no address file, a stale
// socket, a refused connection), say so and let the CLI work on its own. Loads no AWS SDK code.
import { readFileSync } from 'node:fs'
import { createConnection } from 'node:net'
import { MAX_MESSAGE_BYTES, brokerAddressFile, type BrokerAddress, type BrokerRequest, type BrokerResponse } from './protocol'

type Ask = Omit<BrokerRequest, 'token' | 'v'> & { op: BrokerRequest['op'] }

/** The app's answer, or undefined when no app is there to answer. */
export async function askBroker(dataDir: string, request: Ask, timeoutMs: number): Promise<BrokerResponse | undefined> {
  let address: BrokerAddress
  try {
    // Read synchronously: a few hundred bytes, and the CLI has nothing else to do meanwhile, while an
    // asynchronous read would load node:fs/promises and wait a turn of the thread pool.
    address = JSON.parse(readFileSync(brokerAddressFile(dataDir), 'utf8')) as BrokerAddress
  } catch {
    return undefined
  }
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
      socket.write(`${JSON.stringify({ ...request, v: 1, token: address.token })}\n`)
    })
    socket.on('data', (chunk: string) => {
      buffer += chunk
      if (buffer.length > MAX_MESSAGE_BYTES) socket.destroy(new Error('The answer was too large.'))
    })
    socket.once('end', () => {
      clearTimeout(timer)
      try {
        resolve(JSON.parse(buffer) as BrokerResponse)
      } catch {
        reject(new Error('Rolecall answered with something that is not JSON.'))
      }
    })
    socket.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer)
      // Nobody listening (a crash left the files behind): the CLI works on its own.
      if (!connected) resolve(undefined)
      else reject(error)
    })
  })
}
