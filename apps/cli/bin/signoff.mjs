#!/usr/bin/env node
// The CLI runs its TypeScript through tsx, so the workspace needs no build step before use.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv);
