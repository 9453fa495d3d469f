/**
 * @unkg/ingest: turning UN documents into the knowledge graph.
 * Stages (each a deep-importable module, `@unkg/ingest/<module>`):
 * load → normalise → language → identity → segment → citations/entities → record → assemble.
 */
export * from './types';
export { collectFiles, nameDocuments, type FileList, type SourceFile } from './walk';
export { decodeText, declaredEncoding, detectEncoding, UndecodableError, type DecodedText } from './decode';
export {
  formatOf,
  htmlToText,
  LoadError,
  loadFile,
  parseDocument,
  xmlToText,
} from './load';
export { loadDocument } from './load/documents';
export { pagesToText } from './load/pdf';
export { layoutPage, lineText, type LayoutLine, type PdfPage, type PdfTextRun } from './load/pdf-layout';
export { rebuildParagraphs } from './load/paragraphs';
export { docxHtmlToText } from './load/docx';
export { findFurniture, type PagedLine } from './furniture';
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
