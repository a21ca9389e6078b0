#!/usr/bin/env node
// The program is one bundle (see scripts/build.mjs); with --verbose, its stack traces name the
// TypeScript sources, through the bundle's source maps (read only then: they slow the start).
if (process.argv.includes('--verbose')) process.setSourceMapsEnabled(true);
await import('../dist/cli/main.js');
