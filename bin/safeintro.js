#!/usr/bin/env node
// Development entry: runs the TypeScript sources directly through tsx's loader, so no build
// step stands between a checkout and a working command (demo and emulator included).
// Production runs the compiled CLI instead, with plain node: `npm run build`, then
// `node dist/src/cli/run.js` (npm start, npm run worker, the Docker image).
import { register } from "tsx/esm/api";

register();
await import("../src/cli/run.ts");
