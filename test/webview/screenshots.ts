// Renders the eligibility panel from a fixture in VS Code's default light and dark themes and writes
// docs/images/panel-light.png and panel-dark.png, 1200 px wide, and its calibration view (Alex Kim and his two
// reviews) as calibration-light.png and calibration-dark.png. Run with `npm run screenshots`.
//   node --import tsx test/webview/screenshots.ts [light] [dark] [high-contrast] [--out DIR]
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CalibrationResult } from '../../server/src/protocol';
import { fixture, openPanelPage, type PanelPage } from './panelPage';
import { THEMES, type ThemeName } from './themes';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outDir = resolve(outIndex >= 0 ? (args[outIndex + 1] ?? '.') : join(__dirname, '..', '..', 'docs', 'images'));
const names = args.filter((_, index) => outIndex < 0 || (index !== outIndex && index !== outIndex + 1));
const themes = (names.length > 0 ? names : ['light', 'dark']).filter((name): name is ThemeName => name in THEMES);

async function calibrationShot(panel: PanelPage, theme: ThemeName): Promise<void> {
  const calibration = JSON.parse(
    readFileSync(join(__dirname, 'fixtures', 'alex-kim-calibration.json'), 'utf8'),
  ) as CalibrationResult;
  await panel.load({ theme });
  await panel.score(fixture('alex-kim'));
  await panel.send({ type: 'calibration', result: calibration });
  await panel.harness.page.evaluate(() => document.fonts.ready.then(() => undefined));
  const file = join(outDir, `calibration-${theme}.png`);
  await panel.harness.page.locator('section.calibration').screenshot({ path: file });
  console.log(`wrote ${file}`);
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const panel = await openPanelPage({ viewport: { width: 1200, height: 900 } });
  try {
    for (const theme of themes) {
      await panel.load({ theme });
      await panel.score(fixture('priya-nair'));
      await panel.harness.page.evaluate(() => document.fonts.ready.then(() => undefined));
      const file = join(outDir, `panel-${theme}.png`);
      await panel.harness.page.screenshot({ path: file, fullPage: true });
      if (panel.harness.cspViolations.length > 0 || panel.harness.pageErrors.length > 0) {
        throw new Error(
          `the panel reported problems: ${JSON.stringify({ csp: panel.harness.cspViolations, errors: panel.harness.pageErrors })}`,
        );
      }
      console.log(`wrote ${file}`);
      await calibrationShot(panel, theme);
    }
  } finally {
    await panel.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
