/**
 * The YAML the product writes from what files hold (a new assessment, rating edits, completions, quick
 * fixes) is made here, by the yaml library: strings are quoted when YAML 1.2 or 1.1 would read them as anything
 * else, ids that are not slugs are always double-quoted, and nothing from a file can start a new line,
 * a comment, an anchor, a tag or a collection.
 */
import { Document, isScalar, Scalar, visit, type Node, type ToStringOptions } from 'yaml';

/** The shape of an id (spec §1). Anything else is written double-quoted. */
const SLUG = /^[a-z0-9][a-z0-9-]*$/;

/** Line breaks of any YAML version (YAML 1.1 also breaks at NEL, LS and PS) and control characters other than tab. */
const BREAK_OR_CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/;
/** Runs of white space and control characters: each run is matched once, from its start, so the scan is linear. */
const SPACE_OR_CONTROL_RUNS = /[\s\u0000-\u001f\u007f-\u009f]+/g;
const FLOW_INDICATOR = /[,[\]{}]/;
/** A string the library would write as a block scalar, on lines of its own. */
const DOCUMENT_MARKER = /^(?:---|\.\.\.)/;

/**
 * One line, always: no folding, double quotes rather than single ones, and an empty value for null
 * (`key:` rather than `key: null`).
 */
const TO_STRING: ToStringOptions = {
  lineWidth: 0,
  nullStr: '',
  singleQuote: false,
  doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER,
};

/** What the library leaves raw inside double quotes although YAML 1.1 reads a line break or YAML forbids it there. */
const RAW_IN_DOUBLE_QUOTES = /[\u007f-\u009f\u2028\u2029]/g;
const NAMED_ESCAPES: Record<string, string> = { '\u0085': '\\N', '\u2028': '\\L', '\u2029': '\\P' };

/** A document whose strings are quoted wherever a YAML 1.1 reader would take them for a date, a boolean or a number. */
export function newYamlDocument(): Document {
  return new Document(undefined, { version: '1.1' });
}

export interface ScalarOptions {
  /** The string is an id: double-quoted unless it is a slug. */
  id?: boolean;
  /** The scalar goes inside a flow collection (`[…]`, `{…}`). */
  flow?: boolean;
}

/** A scalar node for generated YAML. */
export function scalarNode(value: string | number | null, options: ScalarOptions = {}): Scalar {
  const node = new Scalar(value);
  if (
    typeof value === 'string' &&
    ((options.id && !SLUG.test(value)) ||
      (options.flow && FLOW_INDICATOR.test(value)) ||
      BREAK_OR_CONTROL.test(value) ||
      DOCUMENT_MARKER.test(value))
  ) {
    node.type = Scalar.QUOTE_DOUBLE;
  }
  return node;
}

/** Text for one line of a YAML comment: line breaks of any kind and control characters become one space. */
export function commentText(text: string): string {
  return text.replace(SPACE_OR_CONTROL_RUNS, (run) => (BREAK_OR_CONTROL.test(run) ? ' ' : run));
}

/** A comment of these lines, for a node's `commentBefore` or `comment`: each line made safe, with a space after its `#`. */
export function commentLines(...lines: string[]): string {
  return lines.map((line) => ` ${commentText(line)}`).join('\n');
}

/** Every string scalar holding a line break or a control character is double-quoted; every comment line is one safe line. */
function secure(doc: Document): void {
  const comments = (node: { comment?: string | null; commentBefore?: string | null }) => {
    if (node.comment) node.comment = node.comment.split('\n').map(commentText).join('\n');
    if (node.commentBefore) node.commentBefore = node.commentBefore.split('\n').map(commentText).join('\n');
  };
  comments(doc);
  visit(doc, {
    Node(_, node: Node) {
      comments(node);
      if (isScalar(node) && typeof node.value === 'string' && BREAK_OR_CONTROL.test(node.value))
        node.type = Scalar.QUOTE_DOUBLE;
    },
  });
}

/** The text of a generated document. */
export function yamlDocumentText(doc: Document): string {
  secure(doc);
  // After `secure`, the characters left raw can only be inside double quotes, where an escape means the same.
  return doc
    .toString(TO_STRING)
    .replace(RAW_IN_DOUBLE_QUOTES, (c) => NAMED_ESCAPES[c] ?? `\\x${c.charCodeAt(0).toString(16)}`);
}

function inline(node: Scalar): string {
  const doc = newYamlDocument();
  doc.contents = node;
  return yamlDocumentText(doc).replace(/\n$/, '');
}

/** A scalar value as it is written on one line of an existing file. */
export function yamlScalar(value: string | number, flow = false): string {
  return inline(scalarNode(value, { flow }));
}

/** yamlId's answers: the same ids come back for every file (quick fixes of thousands of assessments). */
const idTexts = new Map<string, string>();
const MAX_ID_TEXTS = 10_000;

/** An id (a value or a key) as it is written on one line of an existing file: double-quoted unless it is a slug. */
export function yamlId(id: string): string {
  let written = idTexts.get(id);
  if (written === undefined) {
    written = inline(scalarNode(id, { id: true }));
    if (idTexts.size >= MAX_ID_TEXTS) idTexts.clear();
    idTexts.set(id, written);
  }
  return written;
}

/** The longest implicit key YAML allows (`key: value` on one line). */
export const MAX_IMPLICIT_KEY = 1024;
