// What a region name looks like, without a schema library, for the contract, the broker and the CLI.
// Only the shape is checked: no region list is hard-coded, so a region Rolecall has never heard of works.

export const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d+$/
export const REGION_MESSAGE = 'A region looks like eu-west-1.'
