import * as l10n from '@vscode/l10n';
import type { PacketData, PacketStamp } from '../packet/types';
import { formatReadiness, LEVEL_STATUS_LABEL, satisfiedCount } from '../render/labels';
import type { RequirementResult } from '../score/types';
import { escapeHtml as e } from './escape';
import { matrixSvg } from './matrixSvg';
import { htmlPage } from './page';
import { radarSvg } from './radarSvg';
import { formatNumber } from '../text/numbers';

const CSS = `
.verdict { display: flex; align-items: center; gap: 14px; margin: 18px 0 6px; padding: 12px 16px; border: 1px solid var(--border); border-radius: 8px; background: var(--panel); }
.verdict .chip { font-size: 1.1rem; padding: 2px 12px; }
.verdict strong { font-size: 1.05rem; }
.result { white-space: nowrap; }
.child td:first-child { padding-left: calc(8px + var(--depth) * 18px); }
.evidence ul { margin: 0; padding-left: 18px; }
.evidence p { margin: 2px 0 0; }
.evidence li, .evidence .note { overflow-wrap: anywhere; }
.note { color: var(--muted); font-style: italic; }
.charts { display: grid; gap: 12px; }
svg .radar-ring { fill: none; stroke: var(--border); }
svg .radar-axis { stroke: var(--border); }
svg .radar-expected { fill: none; stroke: var(--muted); stroke-width: 2; stroke-dasharray: 6 4; }
svg .radar-rated { fill: var(--waived-bg); fill-opacity: 0.6; stroke: var(--accent); stroke-width: 2; }
svg .radar-point.met { fill: var(--met); stroke: none; }
svg .radar-point.gap { fill: var(--gap); stroke: none; }
svg .radar-point.unrated { fill: var(--unknown); stroke: none; stroke-dasharray: none; }
svg .highlight { fill: none; stroke: var(--accent); stroke-width: 2; }
.stamp td, .stamp th { font-size: 0.85rem; }
.stamp code { overflow-wrap: anywhere; }
`;

function reasonText(reason: PacketData['reason']): string {
  switch (reason) {
    case 'chosen':
      return l10n.t('chosen');
    case 'target':
      return l10n.t('the target');
    case 'closest-next':
      return l10n.t('the next level closest to promotion');
  }
}

function resultChip(status: RequirementResult['status'] | 'gap' | 'unrated'): string {
  switch (status) {
    case 'met':
      return l10n.t('Met');
    case 'unmet':
      return l10n.t('Not met');
    case 'unknown':
      return l10n.t('Unknown');
    case 'waived':
      return l10n.t('Waived');
    case 'gap':
      return l10n.t('Gap');
    case 'unrated':
      return l10n.t('Not rated');
  }
}

function roleText(role: PacketStamp['files'][number]['role']): string {
  switch (role) {
    case 'assessment':
      return l10n.t('assessment');
    case 'ladder':
      return l10n.t('ladder');
    case 'catalogue':
      return l10n.t('catalogue');
  }
}

function requirementRows(
  result: RequirementResult,
  depth: number,
  reasons: ReadonlyMap<string, string | undefined>,
): string[] {
  const label = result.id ? `<code>${e(result.id)}</code>` : `<span class="muted">${e(result.type)}</span>`;
  const description = result.description ? `<div class="muted">${e(result.description)}</div>` : '';
  const waiver =
    result.status === 'waived' && result.id !== undefined && reasons.has(result.id)
      ? `<div>${e(l10n.t('Waiver: {0}', reasons.get(result.id) ?? l10n.t('no reason given')))}</div>`
      : '';
  const row = `<tr${depth > 0 ? ` class="child" style="--depth: ${depth}"` : ''}><td>${depth > 0 ? '↳ ' : ''}${label}${description}</td><td class="result"><span class="chip ${result.status}">${e(resultChip(result.status))}</span></td><td>${e(result.detail)}${waiver}</td></tr>`;
  return [row, ...(result.children ?? []).flatMap((child) => requirementRows(child, depth + 1, reasons))];
}

function header(packet: PacketData): string {
  const { level } = packet;
  const { satisfied, total } = satisfiedCount(level);
  const facts: [string, string][] = [
    [l10n.t('Level'), `${level.name} (${reasonText(packet.reason)})`],
    [l10n.t('Current level'), packet.currentLevel?.name ?? '—'],
    [l10n.t('Ladder'), packet.ladder.name || packet.ladder.id],
    [l10n.t('As of'), packet.asOf],
  ];
  const readiness = l10n.t(
    'readiness {0} ({1} of {2} expectations and requirements)',
    formatReadiness(level.readiness),
    formatNumber(satisfied),
    formatNumber(total),
  );
  return `<header>
<p class="eyebrow">${e(l10n.t('Promotion packet'))}</p>
<h1>${e(packet.person || l10n.t('Self-assessment'))}</h1>
<dl class="facts">${facts.map(([term, value]) => `<div><dt>${e(term)}</dt><dd>${e(value)}</dd></div>`).join('')}</dl>
<div class="verdict"><span class="chip ${level.status}">${e(LEVEL_STATUS_LABEL[level.status])}</span><strong>${e(level.name)}</strong><span>${e(readiness)}</span></div>
</header>`;
}

function levelSection(packet: PacketData): string {
  const where = [packet.trackName, l10n.t('rank {0}', packet.level.rank)]
    .filter(Boolean)
    .map((text) => e(text!))
    .join(', ');
  const responsibilities =
    packet.responsibilities.length > 0
      ? `<h3>${e(l10n.t('Responsibilities'))}</h3><ul>${packet.responsibilities.map((r) => `<li>${e(r)}</li>`).join('')}</ul>`
      : '';
  return `<section><h2>${e(packet.level.name)} <code>${e(packet.level.id)}</code></h2><p class="muted">${where}</p>${packet.summary ? `<p>${e(packet.summary)}</p>` : ''}${responsibilities}</section>`;
}

function verdictSection(packet: PacketData): string {
  const { level } = packet;
  const byCompetency = new Map(packet.ratings.map((rating) => [rating.competency, rating] as const));
  const name = (id: string) => packet.competencyNames.get(id) ?? id;
  const met = level.expectations.filter((x) => x.status === 'met').length;
  const expectations =
    level.expectations.length === 0
      ? `<p class="muted">${e(l10n.t('This level sets no expectations.'))}</p>`
      : `<table><thead><tr>${headerCells([l10n.t('Competency'), l10n.t('Expected'), l10n.t('Rated'), l10n.t('Result'), l10n.t('Evidence')])}</tr></thead><tbody>${level.expectations
          .map((x) => {
            const rating = byCompetency.get(x.competency);
            const parts = [
              ...(rating && rating.evidence.length > 0
                ? [
                    rating.evidence.length === 1
                      ? l10n.t('1 item')
                      : l10n.t('{0} items', formatNumber(rating.evidence.length)),
                  ]
                : []),
              ...(rating?.note !== undefined ? [l10n.t('a note')] : []),
            ];
            const evidence =
              parts.length > 0
                ? e(l10n.t('{0} (below)', parts.join(` ${l10n.t('and')} `)))
                : `<span class="muted">${e(l10n.t('none'))}</span>`;
            return `<tr><th scope="row">${e(name(x.competency))}</th><td>${e(String(x.expected))}</td><td>${x.rated === null ? '—' : e(String(x.rated))}</td><td class="result"><span class="chip ${x.status}">${e(resultChip(x.status))}</span></td><td>${evidence}</td></tr>`;
          })
          .join('')}</tbody></table>`;
  const reasons = new Map(packet.waivers.map((w) => [w.requirement, w.reason] as const));
  const done = level.requirements.filter((r) => r.status === 'met' || r.status === 'waived').length;
  const requirements =
    level.requirements.length === 0
      ? `<p class="muted">${e(l10n.t('This level has no requirements.'))}</p>`
      : `<table><thead><tr>${headerCells([l10n.t('Requirement'), l10n.t('Result'), l10n.t('How the tool decided')])}</tr></thead><tbody>${level.requirements.flatMap((r) => requirementRows(r, 0, reasons)).join('')}</tbody></table>`;
  return `<section><h2>${e(l10n.t('The verdict, rule by rule'))}</h2>
<h3>${e(l10n.t('Expectations: {0} of {1} met', formatNumber(met), formatNumber(level.expectations.length)))}</h3>${expectations}
<h3>${e(l10n.t('Requirements: {0} of {1} met or waived', formatNumber(done), formatNumber(level.requirements.length)))}</h3>${requirements}</section>`;
}

/** Column headers, escaped. */
function headerCells(names: readonly string[]): string {
  return names.map((name) => `<th scope="col">${e(name)}</th>`).join('');
}

function chartsSection(packet: PacketData): string {
  const competencyName = (id: string) => packet.competencyNames.get(id) ?? id;
  const radar = radarSvg({
    levelName: packet.level.name,
    expectations: packet.level.expectations,
    scale: packet.scale,
    competencyName,
  });
  const matrix = matrixSvg({ levels: packet.levels, highlight: packet.level.id, competencyName });
  return `<section class="charts"><h2>${e(l10n.t('Profile'))}</h2>
<figure class="chart keep">${radar}<figcaption class="muted">${e(l10n.t('Ratings (filled) against what {0} expects (dashed).', packet.level.name))}</figcaption></figure>
<h3>${e(l10n.t('Every level'))}</h3><figure class="chart keep">${matrix}<figcaption class="muted">${e(l10n.t('What each level expects; green meets it, red falls short, amber is not rated. The outlined column is {0}.', packet.level.name))}</figcaption></figure></section>`;
}

function evidenceSection(packet: PacketData): string {
  const heading = `<h2>${e(l10n.t('Ratings and evidence'))}</h2>`;
  if (packet.ratings.length === 0)
    return `<section>${heading}<p class="muted">${e(l10n.t('No ratings.'))}</p></section>`;
  const rows = packet.ratings.map((rating) => {
    const evidence =
      rating.evidence.length > 0 ? `<ul>${rating.evidence.map((item) => `<li>${e(item)}</li>`).join('')}</ul>` : '';
    const note = rating.note !== undefined ? `<p class="note">${e(rating.note)}</p>` : '';
    return `<tr class="evidence"><th scope="row">${e(rating.name)}</th><td>${rating.rated === null ? '—' : e(String(rating.rated))}</td><td>${evidence || note ? `${evidence}${note}` : `<span class="muted">${e(l10n.t('none given'))}</span>`}</td></tr>`;
  });
  return `<section>${heading}<p class="muted">${e(l10n.t('Every rating in the assessment, with the evidence and note written beside it.'))}</p><table><thead><tr>${headerCells([l10n.t('Competency'), l10n.t('Rated'), l10n.t('Evidence and notes')])}</tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

function waiverSection(packet: PacketData): string {
  if (packet.waivers.length === 0) return '';
  const rows = packet.waivers.map(
    (w) =>
      `<tr><td><code>${e(w.requirement)}</code></td><td>${w.reason === undefined ? `<span class="muted">${e(l10n.t('no reason given'))}</span>` : e(w.reason)}</td><td>${e(w.appliesHere ? l10n.t('yes') : l10n.t('no'))}</td></tr>`,
  );
  return `<section class="keep"><h2>${e(l10n.t('Waivers'))}</h2><table><thead><tr>${headerCells([l10n.t('Requirement'), l10n.t('Reason'), l10n.t('A requirement of this level')])}</tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

function stampSection(stamp: PacketStamp, packet: PacketData, assessmentPath: string): string {
  const rows = stamp.files.map(
    (file) =>
      `<tr><td>${e(roleText(file.role))}</td><td><code>${e(file.path)}</code></td><td><code>${e(file.sha256)}</code></td></tr>`,
  );
  const commit = stamp.commit
    ? `<p>${l10n.t('Git commit {0}.', `<code>${e(stamp.commit)}</code>`)}</p>`
    : `<p class="muted">${e(l10n.t('Not in a git repository: no commit recorded.'))}</p>`;
  const written = l10n.t(
    'Written by {0} with {1}, from these files (SHA-256 of their text):',
    `<code>ladder ${e(stamp.version)}</code>`,
    `<code>ladder packet ${e(assessmentPath)} --level ${e(packet.level.id)}</code>`,
  );
  return `<footer class="stamp keep"><h2>${e(l10n.t('How to reproduce this packet'))}</h2>
<p>${written}</p>
<table><thead><tr>${headerCells([l10n.t('Role'), l10n.t('File'), 'SHA-256'])}</tr></thead><tbody>${rows.join('')}</tbody></table>${commit}</footer>`;
}

/**
 * The promotion packet as one HTML page: who, which level and why, the verdict with the engine's
 * explanation of each rule, the profile (radar and matrix as inline SVG), every rating's evidence and note,
 * the waivers, and a stamp to reproduce it. Inline CSS and SVG, no script, nothing loaded; prints cleanly.
 * Every text from a file is escaped.
 */
export function packetToHtml(packet: PacketData, stamp: PacketStamp): string {
  const assessmentPath = stamp.files.find((file) => file.role === 'assessment')?.path ?? '';
  const body = [
    header(packet),
    levelSection(packet),
    verdictSection(packet),
    chartsSection(packet),
    evidenceSection(packet),
    waiverSection(packet),
    stampSection(stamp, packet, assessmentPath),
  ];
  return htmlPage({
    title: l10n.t('Promotion packet: {0}, {1}', packet.person || l10n.t('self-assessment'), packet.level.name),
    css: CSS,
    body: body.filter(Boolean).join('\n'),
  });
}
