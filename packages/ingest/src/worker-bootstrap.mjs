// Plain-JavaScript worker entry: registers tsx's loader in this thread, then runs worker.ts.
// (A worker does not inherit the parent's TypeScript loader, whether the parent runs under tsx or vitest.)
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
