import { cleanup } from './action/cleanup.js';

void cleanup();
