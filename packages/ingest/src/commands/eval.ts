// Placeholder until its issue lands: the command reports that it is not available yet.
export const summary = '(not available yet)';
export async function run(_argv: string[]): Promise<number> {
  process.stderr.write('unkg eval: not available yet\n');
  return 2;
}
