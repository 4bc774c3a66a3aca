#!/usr/bin/env node
'use strict';
// A source checkout runs the TypeScript through tsx (no build step while developing);
// an installed package runs the compiled dist/ that `npm run build` produced.
const fs = require('fs');
const path = require('path');

const source = path.join(__dirname, '..', 'cli', 'main.ts');
let cli;
if (fs.existsSync(source)) {
  require('tsx/cjs');
  cli = require(source);
} else {
  cli = require('../dist/cli/main.js');
}
cli.endQuietlyOnClosedPipe(process.stdout);
cli.main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => { process.stderr.write(`trailguard: ${error instanceof Error ? error.message : String(error)}\n`); process.exitCode = 1; },
);
