/** A build that could not finish (content folder missing, rendering failed): exit code 1. */
export class BuildError extends Error {}
