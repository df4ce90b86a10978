#!/usr/bin/env node
// Entry point: runs the TypeScript sources through tsx (a dependency), so no build step is needed.
import { register } from 'tsx/esm/api';

register();
const { main, processIO } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2), processIO);
