// The nodes of the fast parse (fastParse.ts), made as yaml's constructors make them, but cheaper.
import { Document, Pair, parseDocument, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';
import { PARSE_OPTIONS } from './parseOptions';

/**
 * Scalars, pairs, collections and documents as yaml's constructors make them, with the same own
 * properties, class and node type, but without the constructors' `Object.defineProperty` calls on
 * every node (the costliest part of making one): the type (a symbol yaml reads, never enumerates) sits
 * on a prototype between the node and its class, where `isScalar`, `isPair` and every other reader of
 * yaml find it, and so does a collection's schema.
 *
 * Every document of the fast path shares one schema, options and directives: yaml only reads them
 * (the core schema's tags, the parse options, no `%YAML` or `%TAG` line), and so does this project.
 * Do not call `setSchema` on such a document (it would change the shared directives of all of them);
 * `clone()` is safe, though a cloned collection has its schema as an own property.
 */
function typedPrototype(sample: object, prototype: object, extra: PropertyDescriptorMap = {}): object {
  const typed = Object.create(prototype) as object;
  for (const symbol of Object.getOwnPropertySymbols(sample))
    Object.defineProperty(typed, symbol, Object.getOwnPropertyDescriptor(sample, symbol)!);
  Object.defineProperties(typed, extra);
  return typed;
}

/** The document yaml's composer makes of an empty text with the parse options: the shared parts. */
const template = parseDocument('', PARSE_OPTIONS);
const sharedSchema = { value: template.schema, configurable: true, enumerable: false, writable: true };

function FastScalar(this: Scalar, value: unknown): void {
  this.value = value;
}
FastScalar.prototype = typedPrototype(new Scalar(null), Scalar.prototype);
function FastPair(this: Pair<Node, Node>, key: Node, value: Node): void {
  this.key = key;
  this.value = value;
}
FastPair.prototype = typedPrototype(new Pair(null), Pair.prototype);
function FastMap(this: YAMLMap): void {
  this.items = [];
}
FastMap.prototype = typedPrototype(new YAMLMap(), YAMLMap.prototype, { schema: sharedSchema });
function FastSeq(this: YAMLSeq): void {
  this.items = [];
}
FastSeq.prototype = typedPrototype(new YAMLSeq(), YAMLSeq.prototype, { schema: sharedSchema });
function FastDocument(this: Document.Parsed): void {
  this.commentBefore = null;
  this.comment = null;
  this.errors = [];
  this.warnings = [];
  this.options = template.options;
  this.directives = template.directives;
  this.schema = template.schema;
  this.contents = null;
}
FastDocument.prototype = typedPrototype(template, Document.prototype);

export const newScalar = (value: unknown) => new (FastScalar as unknown as new (value: unknown) => Scalar)(value);
export const newPair = (key: Node, value: Node) =>
  new (FastPair as unknown as new (key: Node, value: Node) => Pair<Node, Node>)(key, value);
export const newMap = () => new (FastMap as unknown as new () => YAMLMap)();
export const newSeq = () => new (FastSeq as unknown as new () => YAMLSeq)();
export const newDocument = () => new (FastDocument as unknown as new () => Document.Parsed)();
