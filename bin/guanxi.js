#!/usr/bin/env node
// The published command: runs the TypeScript sources through tsx's loader, with temporary files in guanxi's cache
// folder (see temp-folder.js).
import { useCacheForTemp } from './temp-folder.js';

useCacheForTemp();
const { register } = await import('tsx/esm/api');

register();
process.env.GUANXI_BIN = '1';
await import('../src/cli/main.ts');
