// One cache per jest run (see run-cache.ts): identical synths and plans requested by several
// test files are computed once. Workers inherit the variable; a new run starts empty.
const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

module.exports = async function globalSetup() {
  process.env.TRAILGUARD_RUN_CACHE = mkdtempSync(join(tmpdir(), 'trailguard-run-'));
};
