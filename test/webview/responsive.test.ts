// The eligibility panel at the widths of a narrow side panel, a split editor and a wide editor: nothing is
// wider than the panel (no horizontal scroll bar, neither the page's nor a table's), and every column head
// of the competency matrix is shown whole.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, afterEach, describe, it } from 'node:test';
import { fixture, openPanelPage, type PanelPage } from './panelPage';

const WIDTHS = [320, 560, 900];

interface Layout {
  pageScrollWidth: number;
  pageWidth: number;
  /** Elements that scroll sideways, as `tag.class scrollWidth/clientWidth`. */
  scrollers: string[];
  /** Matrix column heads cut off by their cell or by the page's edge. */
  clippedHeads: string[];
  matrixHeads: number;
}

async function layout(panel: PanelPage): Promise<Layout> {
  const page = panel.harness.page;
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
  return page.evaluate(() => {
    const root = document.documentElement;
    const scrollers = [...document.querySelectorAll('body *')]
      .filter((element) => {
        const overflow = getComputedStyle(element).overflowX;
        return (overflow === 'auto' || overflow === 'scroll') && element.scrollWidth > element.clientWidth;
      })
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}.${element.className} ${element.scrollWidth}/${element.clientWidth}`,
      );
    const heads = [...document.querySelectorAll('table.matrix thead th')];
    const clippedHeads = heads
      .filter((head) => {
        const box = head.getBoundingClientRect();
        return (
          head.scrollWidth > head.clientWidth ||
          head.scrollHeight > head.clientHeight ||
          box.left < 0 ||
          box.right > root.clientWidth
        );
      })
      .map((head) => head.textContent ?? '');
    return {
      pageScrollWidth: root.scrollWidth,
      pageWidth: root.clientWidth,
      scrollers,
      clippedHeads,
      matrixHeads: heads.length,
    };
  });
}

describe('eligibility panel widths', () => {
  let panel: PanelPage | undefined;

  afterEach(async () => {
    assert.deepEqual(panel?.harness.pageErrors, [], 'no uncaught error');
    await panel?.close();
    panel = undefined;
  });

  after(async () => {
    await panel?.close();
  });

  for (const width of WIDTHS) {
    it(`fits ${width} px: a verdict on a numeric scale`, async () => {
      panel = await openPanelPage({ viewport: { width, height: 800 } });
      await panel.load();
      await panel.score(fixture('priya-nair'));
      assert.deepEqual(await layout(panel), {
        pageScrollWidth: width,
        pageWidth: width,
        scrollers: [],
        clippedHeads: [],
        matrixHeads: 9,
      });
    });

    it(`fits ${width} px: a verdict with its calibration against two reviews`, async () => {
      panel = await openPanelPage({ viewport: { width, height: 800 } });
      await panel.load();
      await panel.score(fixture('alex-kim'));
      await panel.render({
        type: 'calibration',
        result: JSON.parse(readFileSync(join(__dirname, 'fixtures', 'alex-kim-calibration.json'), 'utf8')),
      });
      assert.equal(await panel.harness.page.locator('table.calibration-table').count(), 2);
      assert.deepEqual(await layout(panel), {
        pageScrollWidth: width,
        pageWidth: width,
        scrollers: [],
        clippedHeads: [],
        matrixHeads: 9,
      });
    });
  }
});
