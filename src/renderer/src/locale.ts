// Sorting as the user's locale does, and loading the locale data early: the first collator and the first date format
// each load ICU data (~10 ms apiece), better done before the first render than during it (see warmLocale.ts).
let collator: Intl.Collator | undefined

/** Compares names as people sort them: ignoring case and accents, and numbers by value (role2 before role10). */
export function compareNames(a: string, b: string): number {
  collator ??= new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })
  return collator.compare(a, b)
}

/** Loads the locale data the first render needs. */
export function prepareLocale(): void {
  compareNames('', '')
  // Dates are formatted per call, so they follow a change of time zone; only the data behind them loads once.
  new Date(0).toLocaleTimeString()
}
