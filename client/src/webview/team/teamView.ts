/** Draws the whole team view from a TeamResult. */
import * as l10n from '@vscode/l10n';
import type { TeamPerson, TeamRating } from '../../../../server/src/protocol';
import type { TeamSortKey } from '../../panel/teamMessages';
import { h } from '../dom';
import { heatMapSection } from './heatMap';
import { pipeline, singlePoints } from './pipeline';
import type { TeamModel } from './teamModel';

export interface TeamActions {
  open(person: TeamPerson, rating?: TeamRating): void;
  openFile(uri: string): void;
  sort(key: TeamSortKey): void;
  toggleAnonymize(): void;
}

function fileName(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  try {
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
  } catch {
    return path.slice(path.lastIndexOf('/') + 1);
  }
}

function header(model: TeamModel, actions: TeamActions): HTMLElement {
  const { result, options } = model;
  const counted = result.people.filter((person) => person.counted).length;
  const notScored = result.problems.filter((problem) => problem.role === 'assessment').length;
  const facts: [string, string][] = [[l10n.t('People'), String(counted)]];
  if (notScored > 0) facts.push([l10n.t('Not scored'), String(notScored)]);
  const toggle = h('button', {
    className: 'secondary anonymize',
    text: options.anonymize ? l10n.t('Show names') : l10n.t('Hide names'),
    attrs: {
      type: 'button',
      'aria-pressed': options.anonymize ? 'true' : 'false',
      'data-focus-key': 'anonymize',
      title: l10n.t('Show people as Person 1, Person 2… (for sharing your screen)'),
    },
    on: { click: () => actions.toggleAnonymize() },
  });
  return h(
    'header',
    { className: 'panel-header' },
    h('div', { className: 'header-top' }, h('p', { className: 'eyebrow', text: l10n.t('Team') }), toggle),
    h('h1', { text: result.ladder?.name || result.ladder?.id || l10n.t('Team') }),
    h(
      'dl',
      { className: 'facts' },
      ...facts.map(([term, value]) =>
        h('div', { className: 'fact' }, h('dt', { text: term }), h('dd', { text: value })),
      ),
    ),
  );
}

function roleWord(role: TeamModel['result']['problems'][number]['role']): string {
  switch (role) {
    case 'assessment':
      return l10n.t('assessment');
    case 'ladder':
      return l10n.t('ladder');
    case 'catalogue':
      return l10n.t('catalogue');
    default:
      return l10n.t('other');
  }
}

function problemNotice(model: TeamModel, actions: TeamActions): HTMLElement | undefined {
  const problems = model.result.problems;
  if (problems.length === 0) return undefined;
  const anonymize = model.options.anonymize;
  const items = problems.map((problem, index) => {
    const name =
      problem.role === 'assessment' && anonymize ? (problem.alias ?? l10n.t('an assessment')) : fileName(problem.uri);
    const errors = problem.errorCount === 1 ? l10n.t('1 error') : l10n.t('{0} errors', problem.errorCount);
    return h(
      'li',
      {},
      h('a', {
        text: name,
        attrs: { href: '#', 'data-focus-key': `problem\u0000${index}` },
        on: {
          click: (event) => {
            event.preventDefault();
            actions.openFile(problem.uri);
          },
        },
      }),
      h('span', { className: 'muted', text: ` (${roleWord(problem.role)}, ${errors})` }),
    );
  });
  return h(
    'section',
    { className: 'notice warning', attrs: { role: 'note', 'aria-label': l10n.t('Files with errors') } },
    h('p', { text: l10n.t('These files have errors; the assessments concerned are not scored:') }),
    h('ul', {}, ...items),
  );
}

function duplicateNotice(model: TeamModel): HTMLElement | undefined {
  const duplicates = model.result.duplicates;
  if (duplicates.length === 0) return undefined;
  const items = duplicates.map((duplicate) =>
    h('li', {
      text: l10n.t(
        '{0}: {1} files',
        model.options.anonymize ? duplicate.alias : duplicate.person,
        duplicate.uris.length,
      ),
    }),
  );
  return h(
    'section',
    { className: 'notice', attrs: { role: 'note', 'aria-label': l10n.t('Same person in several files') } },
    h('p', { text: l10n.t('The same person in several files (only the newest counts):') }),
    h('ul', {}, ...items),
  );
}

export function renderTeam(model: TeamModel, actions: TeamActions): HTMLElement[] {
  const { result } = model;
  if (!result.ladder)
    return [
      h('p', {
        className: 'notice',
        attrs: { role: 'note' },
        text: result.message ?? l10n.t('This ladder cannot be read.'),
      }),
    ];
  const parts: (HTMLElement | undefined)[] = [
    header(model, actions),
    problemNotice(model, actions),
    duplicateNotice(model),
  ];
  if (result.people.length === 0) {
    parts.push(
      h('p', { className: 'placeholder', text: l10n.t('No self-assessment of this ladder has been scored yet.') }),
    );
    return parts.filter((part): part is HTMLElement => part !== undefined);
  }
  parts.push(
    heatMapSection(model, actions),
    h(
      'div',
      { className: 'team-columns' },
      h(
        'section',
        { attrs: { 'aria-labelledby': 'pipeline-heading' } },
        h('h2', { attrs: { id: 'pipeline-heading' }, text: l10n.t('Pipeline') }),
        h('p', { className: 'muted', text: l10n.t('People with the level as a next or target level.') }),
        pipeline(model),
      ),
      h(
        'section',
        { attrs: { 'aria-labelledby': 'single-heading' } },
        h('h2', { attrs: { id: 'single-heading' }, text: l10n.t('Single points of failure') }),
        h('p', { className: 'muted', text: l10n.t('At most one person reaches the highest rating a level expects.') }),
        singlePoints(model),
      ),
    ),
  );
  return parts.filter((part): part is HTMLElement => part !== undefined);
}

/** One sentence for screen readers after each update. */
export function teamAnnouncement(model: TeamModel): string {
  const people = model.result.people.filter((person) => person.counted).length;
  const ladder = model.result.ladder?.name;
  if (ladder === undefined)
    return people === 1 ? l10n.t('Team of the ladder: 1 person.') : l10n.t('Team of the ladder: {0} people.', people);
  return people === 1 ? l10n.t('Team of {0}: 1 person.', ladder) : l10n.t('Team of {0}: {1} people.', ladder, people);
}
