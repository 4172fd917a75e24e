#!/usr/bin/env node
// The published command: runs the TypeScript sources through tsx's loader.
import { register } from 'tsx/esm/api';

register();
process.env.GUANXI_BIN = '1';
await import('../src/cli/main.ts');
