/**
 * `unkg eval <what> …`: scores the project's output against gold annotations.
 * - `unkg eval citations <corpus-dir> [--graph g.json] [--verbose]` → eval/citations.ts
 * - `unkg eval seeds …` → eval/seeds.ts (entities and citations on the five seed documents)
 * - `unkg eval bodies <corpus-dir> …` → eval/bodies.ts (body recall against the UN Library's index)
 * - `unkg eval agreement …` → eval/agreement.ts (mandates compared across a resolution's languages)
 */
type Evaluation = { run(argv: string[]): Promise<number>; summary?: string };

const EVALUATIONS: Record<string, { summary: string; load: () => Promise<Evaluation> }> = {
  citations: {
    summary: "citations of a graph against a corpus with the UN's links (../shared/corpus/unsc)",
    load: () => import('@unkg/ingest/eval/citations'),
  },
  seeds: {
    summary: 'a graph against the hand annotation of the seed documents (../shared/corpus/seeds/gold.json)',
    load: () => import('@unkg/ingest/eval/seeds'),
  },
  bodies: {
    summary: "body recall against the UN Library's index of named bodies (<corpus-dir>/documents.jsonl)",
    load: () => import('@unkg/ingest/eval/bodies'),
  },
  agreement: {
    summary: 'cross-language agreement of the mandates of each resolution (no gold needed)',
    load: () => import('@unkg/ingest/eval/agreement'),
  },
};

export const summary = 'score output against gold: eval citations, eval seeds, eval bodies, eval agreement (no gold: mandates across languages)';

function usage(): string {
  const lines = Object.entries(EVALUATIONS).map(
    ([name, { summary: text }]) => `  ${name.padEnd(10)} ${text}`,
  );
  return `usage: unkg eval <what> [options]\n\n${lines.join('\n')}\n\nunkg eval <what> --help for its options\n`;
}

export async function run(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const evaluation = EVALUATIONS[name];
  if (!evaluation) {
    process.stderr.write(`unkg eval: unknown evaluation "${name}"\n${usage()}`);
    return 2;
  }
  let module: Evaluation;
  try {
    module = await evaluation.load();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (
      code === 'ERR_MODULE_NOT_FOUND' ||
      code === 'MODULE_NOT_FOUND' ||
      /Cannot find module/.test(String(error))
    ) {
      process.stderr.write(
        `unkg eval ${name}: not available in this build (packages/ingest/src/eval/${name}.ts is missing)\n`,
      );
      return 2;
    }
    throw error;
  }
  return module.run(rest);
}
