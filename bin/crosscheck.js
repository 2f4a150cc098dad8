#!/usr/bin/env node
// Runs the CLI bundle built by `npm install` (the `prepare` script): one bundle loads far faster
// than the module tree it is made from.
import '../dist/bundle/run.js';
