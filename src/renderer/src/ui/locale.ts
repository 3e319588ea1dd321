// Sorting as the user's locale does, and getting the locale data ready early: the first collator and the first date
// format each load ICU data (~10 ms apiece), better done while the app's chunk downloads than during the first render.
let collator: Intl.Collator | undefined

/** Compares names as people sort them: ignoring case and accents, and numbers by value (role2 before role10). */
export function compareNames(a: string, b: string): number {
  collator ??= new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })
  return collator.compare(a, b)
}

/** Loads the locale data the first render needs; for a moment when the main thread would otherwise be waiting. */
export function prepareLocale(): void {
  compareNames('', '')
  // Dates are formatted per call, so they follow a change of time zone; only the data behind them loads once.
  new Date(0).toLocaleTimeString()
}
