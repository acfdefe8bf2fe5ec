#!/usr/bin/env node
// The `paginawacht` command. Plain JavaScript so it runs before a build: it builds once if needed
// (first use after `npm ci`), then hands over to the bundled CLI.
import { ensureBuilt } from '../launcher/build.js';
import { CLI_BUNDLE } from '../launcher/paths.js';
import { pathToFileURL } from 'node:url';

try {
  ensureBuilt({ quiet: true });
} catch (error) {
  process.stderr.write(`paginawacht: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
await import(pathToFileURL(CLI_BUNDLE).href);
