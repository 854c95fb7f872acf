// Worker entry in plain JavaScript: registers tsx in this thread (a worker does not inherit the
// TypeScript loader of the main thread), then runs the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./fit-worker.ts');
