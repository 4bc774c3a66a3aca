// One plan cache per jest run: identical plans requested by several test files are computed
// once. Workers inherit the variable; a new run always starts with an empty cache.
const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

module.exports = async function globalSetup() {
  process.env.TRAILGUARD_PLAN_CACHE = mkdtempSync(join(tmpdir(), 'trailguard-plans-'));
};
