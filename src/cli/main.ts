#!/usr/bin/env node
// The `vouch` executable. `vouch --help` and `vouch --version` answer from text the
// build put into the bundle (quick-answer.ts) without loading commander and every
// command: they then take about as long as node itself takes to start. Everything else
// loads the program (run-process.ts).
import { quickAnswer } from "./quick-answer.js";

const quick = quickAnswer(process.argv.slice(2));
if (quick !== null) process.stdout.write(quick);
else await import("./run-process.js");
