'use strict';
// Preloaded into every node process of a measured command (NODE_OPTIONS=--require): at exit
// each process appends its peak resident set size, so the bench sees the synth process
// itself and not only the launcher (tsx and ts-node start a child or a loader).
const { appendFileSync } = require('node:fs');

const file = process.env.TRAILGUARD_BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    appendFileSync(file, `${process.pid} ${process.resourceUsage().maxRSS}\n`);
  });
}
