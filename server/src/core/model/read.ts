import type { Document, Node } from 'yaml';
import {
  asMap,
  asScalar,
  asSeq,
  entries,
  entryValue,
  scalarId,
  scalarNumber,
  scalarString,
  spanOf,
} from '../parse/nodes';
import type { Entity, NumberRef, Ref, ScaleRef } from './types';

/** Small typed readers over one YAML document; every reader ignores values of the wrong type (the schema reports them). */
export class Reader {
  constructor(
    readonly doc: Document,
    readonly uri: string,
  ) {}

  map(node: unknown) {
    return asMap(this.doc, node);
  }

  seq(node: unknown) {
    return asSeq(this.doc, node);
  }

  field(node: unknown, key: string): Node | undefined {
    return entryValue(this.map(node), key);
  }

  string(node: unknown, key: string): string | undefined {
    return scalarString(this.doc, this.field(node, key));
  }

  ref(node: unknown, key?: string): Ref | undefined {
    const target = key === undefined ? node : this.field(node, key);
    const scalar = asScalar(this.doc, target);
    if (!scalar || typeof scalar.value !== 'string') return undefined;
    return { value: scalar.value, span: spanOf(scalar) };
  }

  number(node: unknown, key: string): NumberRef | undefined {
    const target = this.field(node, key);
    const value = scalarNumber(this.doc, target);
    return value === undefined ? undefined : { value, span: spanOf(asScalar(this.doc, target)) };
  }

  scaleRef(node: unknown): ScaleRef | undefined {
    const value = scalarId(this.doc, node);
    return value === undefined ? undefined : { value, key: String(value), span: spanOf(asScalar(this.doc, node)) };
  }

  refList(node: unknown, key: string): Ref[] {
    const list = this.seq(this.field(node, key));
    if (!list) return [];
    return list.items.map((item) => this.ref(item)).filter((ref): ref is Ref => ref !== undefined);
  }

  strings(node: unknown, key: string): string[] {
    const list = this.seq(this.field(node, key));
    if (!list) return [];
    return list.items.map((item) => scalarString(this.doc, item)).filter((text): text is string => text !== undefined);
  }

  /** The items of a list field that are mappings, with their node. */
  mapItems(node: unknown, key: string): Node[] {
    const list = this.seq(this.field(node, key));
    if (!list) return [];
    return list.items
      .map((item) => this.map(item))
      .filter((item): item is NonNullable<typeof item> => item !== undefined);
  }

  /** The common part of every list entity; undefined when the item has no string id. */
  entity(item: Node): Entity | undefined {
    const id = this.ref(item, 'id');
    if (!id) return undefined;
    const name = this.string(item, 'name');
    const description = this.string(item, 'description');
    const formerly = this.refList(item, 'formerly');
    return {
      id: id.value,
      idSpan: id.span,
      span: spanOf(item),
      uri: this.uri,
      ...(name !== undefined ? { name } : {}),
      ...(description !== undefined ? { description } : {}),
      ...(formerly.length > 0 ? { formerly } : {}),
    };
  }

  entries(node: unknown) {
    return entries(this.map(node));
  }
}
