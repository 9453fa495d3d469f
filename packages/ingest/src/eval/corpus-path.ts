/**
 * Where the evaluations find the shared corpus by default: `../shared/corpus` beside the
 * repository, whatever directory `unkg` is run from (paths given on the command line are
 * resolved against the current directory as usual).
 */
import { fileURLToPath } from 'node:url';

export const SHARED_CORPUS = fileURLToPath(new URL('../../../../../shared/corpus/', import.meta.url));
