// The core's answer to the contract: one handler per IPC channel, each given the request as its schema parsed
// it. Each capability provides the handlers of its own channels; the composition root puts them together.
import type { z } from 'zod'
import type { Channel } from '../../../shared/channels'
import type { contract, ResponseOf } from '../../../shared/contract'

export type RequestFor<C extends Channel> = z.output<(typeof contract)[C]['request']>

export type Handlers = { [C in Channel]: (request: RequestFor<C>) => Promise<ResponseOf<C>> }
