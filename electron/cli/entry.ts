import { main } from './index';

// Built to out/main/cli.js; bin.js (the package bin) loads it.
main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`paginawacht: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
