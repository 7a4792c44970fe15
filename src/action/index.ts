import { run } from './main.js';

// The entry point of the bundle (dist/action/index.js); everything testable lives in main.ts.
void run();
