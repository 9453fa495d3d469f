/**
 * Building SegmentedDocuments by hand for tests: one segment per paragraph (blank-line or
 * line separated), operative paragraphs numbered "N." as in the UN's texts, their lettered
 * sub-paragraphs "(a)" numbered "N (a)".
 */
import { fragmentEvidence, type DocType } from '@unkg/graph';
import { extractEntities } from './index';
import type { Segment, SegmentedDocument } from '../types';

export interface TestDocumentOptions {
  lang?: string;
  docType?: DocType;
  /** symbol of the resolution the text is (every paragraph then has textOf) */
  textOf?: string | null;
  source?: string;
  /** the document's ISO date (a news item's dateline) */
  date?: string | null;
}

export function testDocument(text: string, options: TestDocumentOptions = {}): SegmentedDocument {
  const textOf = options.textOf ?? null;
  const segments: Segment[] = [];
  const line = /[^\n]+/g;
  // a lettered line after an operative paragraph is its sub-paragraph, numbered as the segmenter does ("8 (a)")
  let parent: string | null = null;
  // (a dash item after a lettered line is part of that sub-paragraph, as the segmenter numbers it: "– To liaise with …" of "2 (a)";
  // after a numbered one, of that paragraph: "– UNMOVIC and the IAEA shall determine …" of "7", S/RES/1441)
  let lettered: string | null = null;
  for (let match = line.exec(text); match; match = line.exec(text)) {
    const number = /^\s*(\d{1,3})\.\s/.exec(match[0]);
    // ("(a)" or, as French and Spanish write it, "a)")
    const letter: RegExpExecArray | null = number || parent === null ? null : /^\s*\(?([a-z])\)\s/.exec(match[0]);
    const dash: boolean = !number && !letter && (lettered ?? parent) !== null && /^\s*[–—-]\s/u.test(match[0]);
    lettered = letter ? `${parent} (${letter[1]})` : dash ? (lettered ?? parent) : null;
    parent = number ? number[1]! : letter || dash ? parent : null;
    segments.push({
      section: textOf ? (number || letter || dash ? 'operative' : 'preamble') : 'body',
      paragraph: number ? number[1]! : letter || dash ? lettered : null,
      start: match.index,
      end: match.index + match[0].length,
      textOf,
    });
  }
  const source = options.source ?? 'test.txt';
  return {
    source,
    format: 'text',
    text,
    declared: {},
    bytes: text.length,
    identity: {
      lang: options.lang ?? 'fr',
      docType: options.docType ?? (textOf ? 'resolution' : 'news'),
      symbol: textOf,
      title: '',
      date: options.date ?? null,
      meeting: null,
      textOf: textOf ? [textOf] : [],
    },
    segments,
  };
}

/** The MANDATES items extractEntities gives for a text of the resolution or statement `textOf`, in text order. */
export function mandateItems(text: string, textOf: string, lang = 'en'): Array<{ body: string; verb: string | null; paragraph: string | null; role?: string }> {
  const fragment = extractEntities(testDocument(text, { lang, textOf }), 'doc:test.txt');
  return fragment.edges
    .filter((edge) => edge.kind === 'MANDATES')
    .flatMap((edge) => fragmentEvidence(edge).map((evidence) => ({ edge, evidence })))
    .sort((a, b) => a.evidence.start - b.evidence.start)
    .map(({ edge, evidence }) => ({
      body: edge.target.replace('body:', ''),
      verb: evidence.verb,
      paragraph: evidence.paragraph,
      ...(evidence.role ? { role: evidence.role } : {}),
    }));
}
