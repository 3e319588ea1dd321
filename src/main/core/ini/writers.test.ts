// Rolecall's writers against the real parsers, at unit-test scale (the hostile suite runs many more):
// generated files, random sequences of write, rewrite and remove, the SDK's loader and botocore.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { writerCase } from '../../../../test/support/ini-file-arbitrary'
import { runWriterCases } from '../../../../test/support/writer-runs'

describe('the credentials and config writers against the SDK and botocore', () => {
  it("never change how either parser reads the user's sections, give the file back byte for byte, and write what they say", async () => {
    const cases = fc.sample(writerCase, { numRuns: 300, seed: 20261203 })
    const run = await runWriterCases(cases)
    expect(run.problems.slice(0, 3)).toEqual([])
    expect(run.dataLost).toBe(0)
    // Not a writer that refuses everything: most operations go through.
    expect(run.writes).toBeGreaterThan(run.refusals)
  })
})
