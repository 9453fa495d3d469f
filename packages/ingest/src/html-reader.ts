/**
 * HTML as a stream of events (open tag, text, close tag) in time linear in the input, whatever
 * the nesting.
 *
 * htmlparser2's Tokenizer does the lexing (entities, raw-text elements such as script, style and
 * title, comments, CDATA, doctype); this module keeps the stack of open elements on top of it, with
 * htmlparser2's Parser's rules for void elements and implied end tags (a `<p>` closed by a `<div>`,
 * an `<li>` by the next `<li>`, `<head>` by `<body>`). It exists because the Parser keeps that
 * stack with Array.unshift/shift and finds a closing tag's element with indexOf, each O(depth):
 * 100,000 nested `<div>` took 19 CPU-seconds and 400,000 (4.4 MB) 171, against 2 for the same
 * number of flat ones. Here every push and pop is O(1), an end tag finds out in O(1) whether its
 * element is open (a count per name), and each element is popped once: the whole read is linear.
 */
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';

export interface HtmlHandlers {
  /** an element starts (attribute names lower-cased; the first of a repeated attribute wins) */
  onopentag?(name: string, attributes: Record<string, string>): void;
  /** character data, entities decoded */
  ontext?(text: string): void;
  /** an element ends: by its end tag, implied by another tag, or at the end of the input */
  onclosetag?(name: string): void;
}

const VOID_ELEMENTS = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input',
  'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

const FORM_ELEMENTS = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const P = new Set(['p']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
const TABLE_SECTIONS = new Set(['thead', 'tbody']);
const DEFINITION_PARTS = new Set(['dd', 'dt']);
const RUBY_PARTS = new Set(['rt', 'rp']);

/** Start tags that end the open element on top of the stack while it is one of these (htmlparser2's table). */
const OPEN_IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['a', new Set(['a'])],
  ['li', new Set(['li'])],
  ['p', P],
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((name): [string, Set<string>] => [name, HEADINGS]),
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((name): [string, Set<string>] => [name, FORM_ELEMENTS]),
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', DEFINITION_PARTS],
  ['dt', DEFINITION_PARTS],
  ...['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map(
    (name): [string, Set<string>] => [name, P],
  ),
  ['rt', RUBY_PARTS],
  ['rp', RUBY_PARTS],
  ['tbody', TABLE_SECTIONS],
  ['tfoot', TABLE_SECTIONS],
]);

/** SVG and MathML: inside them `<x/>` closes itself and CDATA is text. */
const FOREIGN_ELEMENTS = new Set(['svg', 'math']);

/** Reads `html` and calls the handlers in document order. */
export function readHtml(html: string, handlers: HtmlHandlers): void {
  const stack: string[] = [];
  const openByName = new Map<string, number>();
  let foreignDepth = 0;
  let tagName = '';
  let attributes: Record<string, string> = {};
  let attributeName = '';
  let attributeValue = '';

  const push = (name: string): void => {
    stack.push(name);
    openByName.set(name, (openByName.get(name) ?? 0) + 1);
    if (FOREIGN_ELEMENTS.has(name)) foreignDepth++;
  };
  const pop = (): string => {
    const name = stack.pop()!;
    openByName.set(name, openByName.get(name)! - 1);
    if (FOREIGN_ELEMENTS.has(name)) foreignDepth--;
    handlers.onclosetag?.(name);
    return name;
  };
  const open = (name: string, attrs: Record<string, string>, selfClosing: boolean): void => {
    const closes = OPEN_IMPLIES_CLOSE.get(name);
    if (closes) while (stack.length > 0 && closes.has(stack[stack.length - 1]!)) pop();
    if (VOID_ELEMENTS.has(name)) {
      handlers.onopentag?.(name, attrs);
      handlers.onclosetag?.(name);
      return;
    }
    push(name);
    handlers.onopentag?.(name, attrs);
    if (selfClosing) pop();
  };
  const close = (name: string): void => {
    if (VOID_ELEMENTS.has(name)) {
      // `</br>` is a line break, as browsers read it; other void end tags mean nothing
      if (name === 'br') open('br', {}, false);
      return;
    }
    if ((openByName.get(name) ?? 0) > 0) {
      while (pop() !== name);
    } else if (name === 'p') {
      // an end tag without its start: an empty paragraph, as browsers read it
      open('p', {}, false);
      pop();
    }
  };

  const callbacks: TokenizerCallbacks = {
    onopentagname(start, end) {
      tagName = html.slice(start, end).toLowerCase();
      if (tagName === 'image' && foreignDepth === 0) tagName = 'img';
      attributes = {};
    },
    onattribname(start, end) {
      attributeName = html.slice(start, end).toLowerCase();
      attributeValue = '';
    },
    onattribdata(start, end) {
      attributeValue += html.slice(start, end);
    },
    onattribentity(codePoint) {
      attributeValue += String.fromCodePoint(codePoint);
    },
    onattribend() {
      if (!Object.hasOwn(attributes, attributeName)) attributes[attributeName] = attributeValue;
      attributeValue = '';
    },
    onopentagend() {
      open(tagName, attributes, false);
    },
    onselfclosingtag() {
      // in HTML `<div/>` is `<div>`; only foreign content (SVG, MathML) closes itself
      open(tagName, attributes, foreignDepth > 0);
    },
    onclosetag(start, end) {
      close(html.slice(start, end).toLowerCase());
    },
    ontext(start, end) {
      handlers.ontext?.(html.slice(start, end));
    },
    ontextentity(codePoint) {
      handlers.ontext?.(String.fromCodePoint(codePoint));
    },
    oncdata(start, end, offset) {
      if (foreignDepth > 0) handlers.ontext?.(html.slice(start, end - offset));
    },
    oncomment() {},
    ondeclaration() {},
    onprocessinginstruction() {},
    onend() {
      while (stack.length > 0) pop();
    },
    isInForeignContext: () => foreignDepth > 0,
  };
  const tokenizer = new Tokenizer({ xmlMode: false, decodeEntities: true }, callbacks);
  tokenizer.write(html);
  tokenizer.end();
}
