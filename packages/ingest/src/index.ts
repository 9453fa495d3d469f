/**
 * @unkg/ingest: turning UN documents into the knowledge graph.
 * Stages (each a deep-importable module, `@unkg/ingest/<module>`):
 * load → normalise → language → identity → segment → citations/entities → record → assemble.
 */
export * from './types';
export {
  collectFiles,
  decodeUtf8,
  formatOf,
  htmlToText,
  LoadError,
  loadFile,
  parseDocument,
  xmlToText,
  type FileList,
} from './load';
export { normaliseText, stripMarkdown } from './normalise';
export { detectLanguage, type LanguageGuess } from './language';
export {
  canonicalSymbol,
  findDate,
  findMeeting,
  findQuotedDrafts,
  identify,
  type QuotedDraft,
} from './identity';
export { segmentDocument } from './segment';
export { symbolNode } from './symbols';
export {
  analyseDocument,
  buildFragments,
  ingestPaths,
  ingestToFile,
  loadEntityExtractor,
  processFile,
  processPaths,
  writeRun,
  writeShardRun,
  type EntityExtractor,
  type FileResult,
  type IngestOptions,
} from './pipeline';
export { buildReport, errorsOf, formatReport, type IngestReport } from './report';
export { documentRecord, paragraphSpans, type RecordStats } from './record';
export { Assembler, type AssemblySummary, type FileContribution } from './assemble';
export { extractCitations } from './citations';
