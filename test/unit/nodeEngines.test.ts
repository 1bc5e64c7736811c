// `npm install` on the oldest Node the README promises installs without an EBADENGINE warning: every
// package in the lock file accepts that version.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

/** The oldest Node 20 that every development dependency accepts (mocha 12 wants 20.19). */
const OLDEST_NODE = [20, 19, 0];

type Version = number[];

function parts(text: string): { version: Version; given: number } {
  const numbers = text.split('.').filter((part) => part !== '' && part !== 'x' && part !== '*');
  const version = [0, 1, 2].map((index) => Number(numbers[index] ?? 0));
  if (version.some(Number.isNaN)) throw new Error(`cannot read the version ${text}`);
  return { version, given: numbers.length };
}

function compare(a: Version, b: Version): number {
  for (let index = 0; index < 3; index++) if (a[index] !== b[index]) return a[index]! - b[index]!;
  return 0;
}

/** One comparator of an engines range, in the forms the lock file uses. */
function accepts(comparator: string, node: Version): boolean {
  if (comparator === '*') return true;
  const match = /^(>=|<=|>|<|\^|~)?\s*v?([\d.x*]+)$/.exec(comparator);
  if (!match) throw new Error(`cannot read the range ${comparator}`);
  const { version, given } = parts(match[2]!);
  const order = compare(node, version);
  switch (match[1]) {
    case '>=':
      return order >= 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    case '<':
      return order < 0;
    case '^':
      return order >= 0 && node[0] === version[0];
    case '~':
      return order >= 0 && node[0] === version[0] && (given < 2 || node[1] === version[1]);
    default:
      return version.slice(0, given).every((part, index) => node[index] === part);
  }
}

function rangeAccepts(range: string, node: Version): boolean {
  return range.split('||').some((set) =>
    set
      .trim()
      .replace(/(>=|<=|>|<|\^|~)\s+/g, '$1')
      .split(/\s+/)
      .every((comparator) => accepts(comparator, node)),
  );
}

describe('node engines', () => {
  it('reads the range forms the lock file uses', () => {
    assert.equal(rangeAccepts('>=22', OLDEST_NODE), false);
    assert.equal(rangeAccepts('^20.19.0 || >=22.12.0', OLDEST_NODE), true);
    assert.equal(rangeAccepts('^20.19.0 || >=22.12.0', [20, 18, 1]), false);
    assert.equal(rangeAccepts('18 || 20 || >=22', OLDEST_NODE), true);
    assert.equal(rangeAccepts('>=16 || 14 >=14.17', OLDEST_NODE), true);
    assert.equal(rangeAccepts('>=0.6.11 <=0.7.0 || >=0.7.3', OLDEST_NODE), true);
    assert.equal(rangeAccepts('^20.12||^22||>=24', [21, 0, 0]), false);
  });

  it('every locked package accepts the oldest supported Node', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
      packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
    };
    const refusing = Object.entries(lock.packages)
      .filter(([, entry]) => {
        const range = !Array.isArray(entry.engines) ? entry.engines?.node : undefined;
        return range !== undefined && !rangeAccepts(range, OLDEST_NODE);
      })
      .map(([path, entry]) => `${path.replace(/^node_modules\//, '')}@${entry.version}`);
    assert.deepEqual(refusing, []);
  });
});
