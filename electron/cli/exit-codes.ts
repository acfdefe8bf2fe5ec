/** Exit codes of `paginawacht`, stable for scripts (documented in README.md). */
export const EXIT = {
  ok: 0,
  /** The command ran but something it was asked to do failed (a refused action, bad input lines). */
  failed: 1,
  /** Wrong subcommand, flag or argument. */
  usage: 2,
  /** The data folder or database cannot be used (newer schema, failed migration, no permission). */
  data: 3,
  /** Interrupted (Ctrl+C). */
  interrupted: 130,
} as const;
