// Numbers in the server's messages, in the user's locale: English as the CLI always wrote them, German (and
// any other language) as Intl.NumberFormat writes them in that language.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { afterEach, describe, it } from 'node:test';
import * as l10n from '@vscode/l10n';
import { percentText, yearsText } from '../../server/src/core/text/itemNouns';
import {
  formatFixed,
  formatGrouped,
  formatNumber,
  numberLocale,
  useNumberLocale,
} from '../../server/src/core/text/numbers';

const GERMAN = JSON.parse(readFileSync('l10n/bundle.l10n.de.json', 'utf8')) as Record<string, string>;

describe('numbers in messages', () => {
  afterEach(() => {
    useNumberLocale(undefined);
    l10n.config({ contents: {} });
  });

  it('are English by default (the CLI): figures as String() writes them, limits grouped as before', () => {
    assert.equal(numberLocale(), 'en-US');
    assert.equal(formatNumber(1.5), '1.5');
    assert.equal(formatNumber(10000), '10000');
    assert.equal(formatNumber(0.1 + 0.2), '0.30000000000000004');
    assert.equal(formatFixed(1.25, 1), '1.3');
    assert.equal(formatFixed(2, 1), '2.0');
    assert.equal(formatGrouped(10000), '10,000');
    assert.equal(formatGrouped(1234567), '1,234,567');
    assert.equal(percentText(78), '78%');
    assert.equal(yearsText(1.5), '1.5 years');
  });

  it('are the same in every English locale the editor may send', () => {
    for (const locale of ['en', 'en-us', 'en-GB']) {
      useNumberLocale(locale);
      assert.deepEqual(
        [formatNumber(1.5), formatNumber(10000), formatFixed(1.25, 1), formatGrouped(10000)],
        ['1.5', '10000', '1.3', '10,000'],
        locale,
      );
    }
  });

  it('are German with the locale de: decimal comma, digits grouped by dots', () => {
    useNumberLocale('de');
    assert.equal(numberLocale(), 'de');
    assert.equal(formatNumber(1.5), '1,5');
    assert.equal(formatNumber(10000), '10.000');
    assert.equal(formatNumber(1234.25), '1.234,25');
    assert.equal(formatNumber(0.1 + 0.2), '0,30000000000000004');
    assert.equal(formatNumber(-0), '0');
    assert.equal(formatNumber(42), '42');
    assert.equal(formatFixed(1.25, 1), '1,3');
    assert.equal(formatFixed(2, 1), '2,0');
    assert.equal(formatGrouped(10000), '10.000');
    assert.equal(formatNumber(Number.NaN), 'NaN');
  });

  it('write a percentage and years in German with the German strings', () => {
    useNumberLocale('de');
    l10n.config({ contents: GERMAN });
    assert.equal(percentText(78), '78 %');
    assert.equal(percentText(99.5), '99,5 %');
    assert.equal(yearsText(1.5), '1,5 Jahre');
    assert.equal(yearsText(1), '1 Jahr');
  });

  it('follow the region of a locale the editor sends in lower case', () => {
    useNumberLocale('pt-br');
    assert.equal(numberLocale(), 'pt-BR');
    assert.equal(formatNumber(10000.5), '10.000,5');
    useNumberLocale('fr');
    assert.equal(formatNumber(1.5), '1,5');
  });

  it('fall back to English for a tag that is unknown or malformed', () => {
    for (const locale of ['qps-ploc', 'not a tag', '', '-']) {
      useNumberLocale('de');
      useNumberLocale(locale);
      assert.equal(numberLocale(), 'en-US', locale);
      assert.equal(formatNumber(1.5), '1.5', locale);
    }
  });
});
