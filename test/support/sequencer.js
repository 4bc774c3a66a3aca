// jest runs the longest test files first, so no worker sits idle at the end. Without timings
// from an earlier run (a fresh clone, CI) it falls back to file size, which puts the 3-line
// Terraform files last; this estimates them by their tier instead.
const Sequencer = require('@jest/test-sequencer').default;

// Seconds a file of each tier takes, roughly, before jest has measured it.
const TIER_ESTIMATE = { typecheck: 40, terraform: 30, process: 10, loopback: 5, simulation: 5, unit: 1, patterns: 1 };

class TierSequencer extends Sequencer {
  sort(tests) {
    const estimate = (test) => this.time(test) ?? (TIER_ESTIMATE[test.context.config.displayName?.name] ?? 0) * 1000;
    return [...tests].sort((a, b) => Number(this.hasFailed(b)) - Number(this.hasFailed(a)) || estimate(b) - estimate(a));
  }
}

module.exports = TierSequencer;
