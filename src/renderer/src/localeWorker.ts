// A worker that only loads the locale data (see warmLocale.ts), then says so.
import { prepareLocale } from './locale'

prepareLocale()
postMessage(null)
