// The allow-lists at the webview boundary: only known message types with well-typed, bounded fields get
// through, as fresh copies without unknown fields.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  LIMITS,
  isScoreResult,
  validateHostMessage,
  validatePanelState,
  validateRange,
  validateWebviewMessage,
  validateWhatIf,
} from '../../../client/src/panel/validateMessage';

const range = { start: { line: 3, character: 2 }, end: { line: 3, character: 20 } };
const scoreResult = JSON.parse(
  readFileSync(join(__dirname, '..', '..', 'webview', 'fixtures', 'priya-nair.json'), 'utf8'),
) as unknown;

describe('validateWebviewMessage', () => {
  it('accepts each known message and copies only its fields', () => {
    assert.deepEqual(validateWebviewMessage({ type: 'ready', extra: 1 }), { type: 'ready' });
    assert.deepEqual(validateWebviewMessage({ type: 'applyWhatIf', overrides: { a: 1 } }), { type: 'applyWhatIf' });
    assert.deepEqual(validateWebviewMessage({ type: 'exportPacket', uri: 'file:///elsewhere.assessment.yaml' }), {
      type: 'exportPacket',
    });
    assert.deepEqual(
      validateWebviewMessage({
        type: 'reveal',
        uri: 'file:///a.assessment.yaml',
        range: { ...range, extra: true },
        command: 'x',
      }),
      { type: 'reveal', uri: 'file:///a.assessment.yaml', range },
    );
    assert.deepEqual(
      validateWebviewMessage({ type: 'whatIf', overrides: { linux: 3, mentoring: 'II', coaching: null } }),
      { type: 'whatIf', overrides: { linux: 3, mentoring: 'II', coaching: null } },
    );
    assert.deepEqual(validateWebviewMessage({ type: 'whatIf', overrides: {} }), { type: 'whatIf', overrides: {} });
  });

  it('ignores unknown types and anything that is not a plain object', () => {
    for (const value of [
      undefined,
      null,
      'ready',
      42,
      [],
      [{ type: 'ready' }],
      { type: 'READY' },
      { type: 'setState' },
      { type: 'openExternal', url: 'https://x' },
      { type: ['ready'] },
      new Date(),
    ]) {
      assert.equal(validateWebviewMessage(value), undefined, JSON.stringify(value));
    }
  });

  it('checks every field of reveal', () => {
    for (const message of [
      { type: 'reveal', range },
      { type: 'reveal', uri: '', range },
      { type: 'reveal', uri: 7, range },
      { type: 'reveal', uri: 'x'.repeat(LIMITS.uriLength + 1), range },
      { type: 'reveal', uri: 'file:///a', range: { start: { line: 1, character: 0 } } },
      {
        type: 'reveal',
        uri: 'file:///a',
        range: { start: { line: -1, character: 0 }, end: { line: 0, character: 0 } },
      },
      {
        type: 'reveal',
        uri: 'file:///a',
        range: { start: { line: 1.5, character: 0 }, end: { line: 2, character: 0 } },
      },
      {
        type: 'reveal',
        uri: 'file:///a',
        range: { start: { line: '1', character: 0 }, end: { line: 2, character: 0 } },
      },
      { type: 'reveal', uri: 'file:///a', range: { start: { line: 2, character: 0 }, end: { line: 1, character: 0 } } },
      { type: 'reveal', uri: 'file:///a', range: { start: { line: 1, character: 5 }, end: { line: 1, character: 4 } } },
      {
        type: 'reveal',
        uri: 'file:///a',
        range: { start: { line: LIMITS.position + 1, character: 0 }, end: { line: LIMITS.position + 1, character: 0 } },
      },
    ]) {
      assert.equal(validateWebviewMessage(message), undefined, JSON.stringify(message));
    }
  });

  it('checks every what-if rating and bounds their number and size', () => {
    for (const overrides of [
      undefined,
      null,
      [],
      { linux: true },
      { linux: {} },
      { linux: [3] },
      { linux: Number.NaN },
      { linux: Number.POSITIVE_INFINITY },
      { linux: '' },
      { linux: 'x'.repeat(LIMITS.scaleIdLength + 1) },
      { ['x'.repeat(LIMITS.idLength + 1)]: 1 },
      { '': 1 },
      Object.fromEntries(Array.from({ length: LIMITS.overrides + 1 }, (_, i) => [`c${i}`, 1])),
    ]) {
      assert.equal(
        validateWebviewMessage({ type: 'whatIf', overrides }),
        undefined,
        JSON.stringify(overrides)?.slice(0, 80),
      );
    }
  });

  it('keeps competency ids named like Object.prototype members as own data properties, touching no prototype', () => {
    const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();
    const text = '{"__proto__": 2, "constructor": 3, "prototype": null, "toString": "II", "hasOwnProperty": 1}';
    const accepted = validateWhatIf(JSON.parse(text));
    assert.ok(accepted);
    assert.equal(Object.getPrototypeOf(accepted), Object.prototype);
    assert.deepEqual(Object.keys(accepted), ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']);
    assert.deepEqual(Object.getOwnPropertyDescriptor(accepted, '__proto__'), {
      value: 2,
      writable: true,
      enumerable: true,
      configurable: true,
    });
    assert.deepEqual(Object.getOwnPropertyDescriptor(accepted, 'constructor'), {
      value: 3,
      writable: true,
      enumerable: true,
      configurable: true,
    });
    assert.equal(JSON.stringify(accepted), JSON.stringify(JSON.parse(text)));
    assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).sort(), prototypeNames);
    assert.equal(({} as { constructor: unknown }).constructor, Object);

    assert.deepEqual(validateWebviewMessage({ type: 'whatIf', overrides: JSON.parse(text) }), {
      type: 'whatIf',
      overrides: JSON.parse(text),
    });
    assert.deepEqual(validatePanelState({ uri: 'file:///a.assessment.yaml', whatIf: JSON.parse(text) }), {
      uri: 'file:///a.assessment.yaml',
      whatIf: JSON.parse(text),
    });
    const message = validateHostMessage({
      type: 'score',
      result: scoreResult,
      whatIf: JSON.parse('{"__proto__": null}'),
    });
    assert.deepEqual(message?.type === 'score' && Object.getOwnPropertyDescriptor(message.whatIf, '__proto__'), {
      value: null,
      writable: true,
      enumerable: true,
      configurable: true,
    });
    assert.equal(message?.type === 'score' && Object.getPrototypeOf(message.whatIf), Object.prototype);
  });

  it('refuses a what-if rating that is not a scale id, also under a prototype key', () => {
    assert.equal(validateWhatIf(JSON.parse('{"__proto__": {"linux": 1}}')), undefined);
    assert.equal(validateWhatIf(JSON.parse('{"constructor": {"prototype": {"polluted": 1}}}')), undefined);
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
  });
});

describe('validateRange', () => {
  it('accepts an empty range and copies the positions', () => {
    const empty = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    assert.deepEqual(validateRange(empty), empty);
    assert.notEqual(validateRange(empty)?.start, empty.start);
  });
});

describe('validatePanelState', () => {
  it('keeps the uri and the what-if ratings of a saved state', () => {
    assert.deepEqual(
      validatePanelState({ uri: 'file:///a.assessment.yaml', whatIf: { linux: 2 }, result: {}, othersOpen: true }),
      { uri: 'file:///a.assessment.yaml', whatIf: { linux: 2 } },
    );
    assert.deepEqual(validatePanelState({ uri: 'file:///a.assessment.yaml' }), {
      uri: 'file:///a.assessment.yaml',
      whatIf: {},
    });
  });

  it('drops a state it cannot trust', () => {
    for (const state of [undefined, null, 'file:///a', {}, { uri: 3 }, { uri: 'file:///a', whatIf: { linux: {} } }]) {
      assert.equal(validatePanelState(state), undefined, JSON.stringify(state));
    }
  });
});

describe('validateHostMessage', () => {
  it('accepts a score message with a well-formed result', () => {
    assert.equal(isScoreResult(scoreResult), true);
    const message = validateHostMessage({ type: 'score', result: scoreResult, whatIf: { linux: 2 } });
    assert.equal(message?.type, 'score');
    assert.deepEqual(message?.type === 'score' && message.whatIf, { linux: 2 });
  });

  it('accepts a result without a report (the file could not be scored)', () => {
    const unscored = {
      uri: 'file:///a.assessment.yaml',
      message: 'No ladder.',
      focus: [],
      scale: [],
      competencies: [],
      ratingRanges: {},
      levelRanges: {},
      readinessPercent: {},
      errorCount: 1,
    };
    assert.equal(isScoreResult(unscored), true);
  });

  it('rejects results whose fields have the wrong types', () => {
    const base = scoreResult as Record<string, unknown>;
    const report = base.report as { levels: Record<string, unknown>[] };
    const level = report.levels[0]!;
    const broken: unknown[] = [
      { ...base, uri: undefined },
      { ...base, focus: 'staff-engineer' },
      { ...base, closestFocusLevel: 7 },
      { ...base, readinessPercent: undefined },
      { ...base, readinessPercent: { 'staff-engineer': 78.6 } },
      { ...base, readinessPercent: { 'staff-engineer': 101 } },
      { ...base, scale: [{ id: {} }] },
      { ...base, competencies: [{ id: 'a', name: 'A', descriptors: { 1: 2 } }] },
      { ...base, ratingRanges: { linux: { start: 1, end: 2 } } },
      { ...base, levelRange: { start: { line: 1, character: 0 }, end: { line: 0, character: 0 } } },
      { ...base, targetRange: 'line 3' },
      { ...base, errorCount: -1 },
      { ...base, yearsAtLevel: 'one' },
      { ...base, report: { ...report, levels: [{ ...level, status: 'maybe' }] } },
      { ...base, report: { ...report, levels: [{ ...level, readiness: '1' }] } },
      {
        ...base,
        report: {
          ...report,
          levels: [{ ...level, expectations: [{ competency: 'a', expected: 1, rated: {}, status: 'met' }] }],
        },
      },
      {
        ...base,
        report: { ...report, levels: [{ ...level, requirements: [{ type: 'check', status: 'met', detail: 1 }] }] },
      },
      {
        ...base,
        report: {
          ...report,
          levels: [
            {
              ...level,
              requirements: [
                {
                  type: 'any-of',
                  status: 'met',
                  detail: '',
                  children: [{ type: 'check', status: 'nope', detail: '' }],
                },
              ],
            },
          ],
        },
      },
    ];
    for (const result of broken) assert.equal(validateHostMessage({ type: 'score', result, whatIf: {} }), undefined);
  });

  it('accepts an error message, bounding its length, and ignores anything else', () => {
    assert.deepEqual(validateHostMessage({ type: 'error', message: 'No server.' }), {
      type: 'error',
      message: 'No server.',
    });
    assert.equal(
      (validateHostMessage({ type: 'error', message: 'x'.repeat(10_000) }) as { message: string }).message.length,
      LIMITS.messageLength,
    );
    for (const value of [null, { type: 'error' }, { type: 'score', result: scoreResult }, { type: 'refresh' }])
      assert.equal(validateHostMessage(value), undefined);
  });
});
