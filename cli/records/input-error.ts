/** Input that cannot be read as CloudTrail records: the CLI prints the message and exits 1. */
export class InputError extends Error {}
