import { afterAll } from 'vitest';
import { removeTempDirs } from './helpers/backend';

// Registered before any test file's own hooks, so it runs after them (vitest runs after-hooks as a
// stack): backends are closed before their data directories go. Without it every run left ~100
// directories with a database in the system's temp dir.
afterAll(removeTempDirs);
