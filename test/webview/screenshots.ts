// Renders the eligibility panel and the team view from fixtures in VS Code's default light and dark themes,
// and the team report and a promotion packet written by the CLI, and writes them to docs/images (1200 px
// wide): panel-light.png, panel-dark.png, calibration-light.png, calibration-dark.png, team-light.png, team-dark.png, team-report.png, packet.png.
// Run with `npm run screenshots`.
//   node --import tsx test/webview/screenshots.ts [light] [dark] [high-contrast] [--out DIR]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CalibrationResult } from '../../server/src/protocol';
import { openPage } from './browser';
import { fixture, openPanelPage, type PanelPage } from './panelPage';
import { teamOf } from './teamFixture';
import { THEMES, type ThemeName } from './themes';

const ROOT = resolve(__dirname, '..', '..');
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outDir = resolve(outIndex >= 0 ? (args[outIndex + 1] ?? '.') : join(ROOT, 'docs', 'images'));
const names = args.filter((_, index) => outIndex < 0 || (index !== outIndex && index !== outIndex + 1));
const themes = (names.length > 0 ? names : ['light', 'dark']).filter((name): name is ThemeName => name in THEMES);

async function shoot(panel: PanelPage, file: string): Promise<void> {
  await panel.harness.page.evaluate(() => document.fonts.ready.then(() => undefined));
  await panel.harness.page.screenshot({ path: file, fullPage: true });
  if (panel.harness.cspViolations.length > 0 || panel.harness.pageErrors.length > 0) {
    throw new Error(
      `the page reported problems: ${JSON.stringify({ csp: panel.harness.cspViolations, errors: panel.harness.pageErrors })}`,
    );
  }
  console.log(`wrote ${file}`);
}

/** The calibration view of Alex Kim and his two reviews: calibration-light.png, calibration-dark.png. */
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

async function panels(): Promise<void> {
  const panel = await openPanelPage({ viewport: { width: 1200, height: 900 } });
  try {
    for (const theme of themes) {
      await panel.load({ theme });
      await panel.score(fixture('priya-nair'));
      await shoot(panel, join(outDir, `panel-${theme}.png`));
      await calibrationShot(panel, theme);
    }
  } finally {
    await panel.close();
  }
}

async function teamViews(): Promise<void> {
  const team = await teamOf();
  const panel = await openPanelPage({ viewport: { width: 1200, height: 900 }, bundle: 'team' });
  try {
    for (const theme of themes) {
      await panel.load({ theme, initialState: { ladderUri: team.result.ladderUri } });
      await panel.render({ type: 'team', result: team.result });
      await shoot(panel, join(outDir, `team-${theme}.png`));
    }
  } finally {
    await panel.close();
    await team.cleanUp();
  }
}

/** A page the CLI writes, opened from disk with the network closed, the top `height` pixels captured. */
async function cliPage(args: string[], cwd: string, file: string, height: number): Promise<void> {
  const run = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], { cwd, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`ladder ${args.join(' ')}: ${run.stderr}`);
  const page = join(outDir, '.page.html');
  writeFileSync(page, run.stdout);
  const harness = await openPage({ viewport: { width: 1200, height } });
  try {
    await harness.page.emulateMedia({ colorScheme: 'light' });
    await harness.page.goto(pathToFileURL(page).href);
    await harness.page.screenshot({ path: file, clip: { x: 0, y: 0, width: 1200, height } });
    if (harness.blockedRequests.length > 0 || harness.cspViolations.length > 0)
      throw new Error(`the page tried to load something: ${JSON.stringify(harness.blockedRequests)}`);
    console.log(`wrote ${file}`);
  } finally {
    await harness.close();
    spawnSync('rm', ['-f', page]);
  }
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  await panels();
  await teamViews();
  const team = await teamOf();
  try {
    await cliPage(['team', '.', '--format', 'html'], team.dir, join(outDir, 'team-report.png'), 1300);
  } finally {
    await team.cleanUp();
  }
  await cliPage(['packet', 'samples/priya-nair.assessment.yaml'], ROOT, join(outDir, 'packet.png'), 1500);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
