// Gets the locale data the first render needs loaded without the main thread: ICU keeps what it loads for the whole
// renderer process, so once a worker has used a collator and a date format, the main thread's own are ready at once.
import { prepareLocale } from './locale'

/** Starts loading the locale data; where no worker can start, the main thread loads it while it waits for the app's chunk. */
export function warmLocale(): void {
  try {
    // A module worker, as Vite serves the worker's imports as modules in development.
    const worker = new Worker(new URL('./localeWorker.ts', import.meta.url), { type: 'module' })
    // Its one message means the data is loaded: nothing is left for it to do.
    worker.onmessage = () => worker.terminate()
    worker.onerror = () => {
      worker.terminate()
      prepareLocale()
    }
  } catch {
    setTimeout(prepareLocale)
  }
}
