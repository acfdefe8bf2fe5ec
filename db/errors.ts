/** The database file was written by a newer Paginawacht; opening it could destroy data the newer app relies on. */
export class NewerDatabaseError extends Error {
  override name = 'NewerDatabaseError';
  constructor(
    public readonly file: string,
    public readonly found: number,
    public readonly supported: number,
  ) {
    super(
      `The database ${file} has schema version ${found}, but this Paginawacht knows versions up to ${supported}. ` +
        'It was written by a newer version: update Paginawacht, or point --data-dir elsewhere. Nothing was changed.',
    );
  }
}

export class MigrationError extends Error {
  override name = 'MigrationError';
  constructor(
    message: string,
    public readonly backupFile: string | null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
