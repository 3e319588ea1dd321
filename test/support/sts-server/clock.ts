// Server time: the test-supplied clock shifted by a configurable skew, shared by Date headers and expiries.

export class Clock {
  private skewMs = 0

  constructor(private readonly base: () => number) {}

  now(): number {
    return this.base() + this.skewMs
  }

  setSkewSeconds(seconds: number): void {
    this.skewMs = seconds * 1000
  }
}

/** AWS timestamps carry no fractional seconds. */
export const isoSeconds = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
