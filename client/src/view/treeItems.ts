import * as vscode from 'vscode';
import type { Protocol2CodeConverter } from 'vscode-languageclient';
import { percent, statusIcon, statusLabel } from '../verdict';
import { markErrors } from './errorMarker';
import { definitionOf, type AssessmentNode, type LadderTreeNode, type ReviewNode } from './nodes';

const { Collapsed, Expanded, None } = vscode.TreeItemCollapsibleState;

/** Opens a node's definition: the file, selecting the node's range. */
export function openDefinitionCommand(
  node: LadderTreeNode,
  convert: Protocol2CodeConverter,
  preserveFocus = false,
): vscode.Command | undefined {
  const definition = definitionOf(node);
  if (!definition) return undefined;
  const options: vscode.TextDocumentShowOptions = { preserveFocus, preview: true };
  if (definition.range) options.selection = convert.asRange(definition.range);
  return {
    command: 'vscode.open',
    title: vscode.l10n.t('Open Definition'),
    arguments: [vscode.Uri.parse(definition.uri), options],
  };
}

/** Leaves open their definition when clicked. Expandable nodes do not take a command (a click must still
 * expand them): the view opens their definition when they are selected. */
function withDefinition(item: vscode.TreeItem, node: LadderTreeNode, convert: Protocol2CodeConverter): vscode.TreeItem {
  if (item.collapsibleState === None) item.command = openDefinitionCommand(node, convert);
  return item;
}

const levels = (count: number): string => (count === 1 ? vscode.l10n.t('1 level') : vscode.l10n.t('{0} levels', count));
const expectations = (count: number): string =>
  count === 1 ? vscode.l10n.t('1 expectation') : vscode.l10n.t('{0} expectations', count);
const requirements = (count: number): string =>
  count === 1 ? vscode.l10n.t('1 requirement') : vscode.l10n.t('{0} requirements', count);
const disagreementCount = (count: number): string =>
  count === 1 ? vscode.l10n.t('1 disagreement') : vscode.l10n.t('{0} disagreements', count);

function assessmentItem(node: AssessmentNode): vscode.TreeItem {
  const { assessment } = node;
  const item = new vscode.TreeItem(
    assessment.person || vscode.Uri.parse(assessment.uri).path.split('/').pop() || vscode.l10n.t('assessment'),
    assessment.reviewCount ? Collapsed : None,
  );
  item.id = `assessment:${assessment.uri}`;
  item.contextValue = 'assessment';
  item.resourceUri = vscode.Uri.parse(assessment.uri);
  const tooltip = new vscode.MarkdownString(`**${assessment.person}**`);
  if (assessment.focusStatus && assessment.focusReadiness !== undefined) {
    const level = node.focusLevelName ?? assessment.focusLevel ?? vscode.l10n.t('next level');
    const status = statusLabel(assessment.focusStatus);
    const ready = percent(assessment.focusReadinessPercent);
    item.iconPath = statusIcon(assessment.focusStatus);
    item.description = `${level}: ${status} · ${ready}`;
    tooltip.appendMarkdown(`\n\n${vscode.l10n.t('{0}: {1}, {2} ready', level, status, ready)}`);
  } else {
    item.iconPath = new vscode.ThemeIcon('person');
    item.description = vscode.l10n.t('no verdict');
    tooltip.appendMarkdown(
      `\n\n${vscode.l10n.t('No verdict yet: the assessment names no next or target level, or it has errors.')}`,
    );
  }
  item.tooltip = tooltip;
  return item;
}

/** A review beneath its assessment ("Jordan Lee (manager)", the verdict under it), or the consensus of them all. */
function reviewItem(node: ReviewNode): vscode.TreeItem {
  const { review, verdict } = node;
  const label = review
    ? `${review.reviewer || vscode.l10n.t('unnamed reviewer')}${review.role ? ` (${review.role})` : ''}`
    : vscode.l10n.t('Consensus');
  const item = new vscode.TreeItem(label, None);
  item.id = review ? `review:${review.uri}` : `consensus:${node.assessmentUri}`;
  item.contextValue = review ? 'review' : 'consensus';
  item.iconPath = verdict ? statusIcon(verdict.status) : new vscode.ThemeIcon(review ? 'comment' : 'law');
  const disagreements = node.disagreements ? ` · ${disagreementCount(node.disagreements)}` : '';
  item.description = verdict
    ? `${verdict.levelName}: ${statusLabel(verdict.status)} · ${percent(verdict.readinessPercent)}${disagreements}`
    : vscode.l10n.t('no verdict');
  if (review) item.resourceUri = vscode.Uri.parse(review.uri);
  const who = review
    ? vscode.l10n.t('Under the review of {0}', label)
    : vscode.l10n.t('Under the consensus of the reviews (the lowest rating of each competency)');
  item.tooltip = verdict
    ? vscode.l10n.t(
        '{0}: {1} {2}, {3} ready',
        who,
        verdict.levelName,
        statusLabel(verdict.status),
        percent(verdict.readinessPercent),
      ) + disagreements
    : who;
  return item;
}

/** How each kind of node looks in the tree. */
export function toTreeItem(node: LadderTreeNode, convert: Protocol2CodeConverter): vscode.TreeItem {
  return withDefinition(treeItem(node), node, convert);
}

function treeItem(node: LadderTreeNode): vscode.TreeItem {
  switch (node.kind) {
    case 'ladder': {
      const item = new vscode.TreeItem(node.name || node.id, Collapsed);
      item.id = `ladder:${node.uri}`;
      item.contextValue = 'ladder';
      item.iconPath = new vscode.ThemeIcon('list-tree');
      const uri = vscode.Uri.parse(node.uri);
      item.description = uri.scheme === 'untitled' ? vscode.l10n.t('unsaved') : vscode.workspace.asRelativePath(uri);
      item.resourceUri = uri;
      item.tooltip = `${node.name} (${node.id})`;
      return item;
    }
    case 'track': {
      const item = new vscode.TreeItem(node.track.name || node.track.id, Expanded);
      item.id = `track:${node.ladderUri}#${node.track.id}`;
      item.contextValue = 'track';
      item.iconPath = new vscode.ThemeIcon('git-branch');
      item.description = levels(node.track.levels.length);
      return item;
    }
    case 'level': {
      const { level } = node;
      const empty = level.expectations.length + level.requirements.length === 0;
      const label = level.rank !== undefined ? vscode.l10n.t('rank {0} · {1}', level.rank, level.name) : level.name;
      const item = new vscode.TreeItem(label, empty ? None : Collapsed);
      item.id = `level:${node.ladderUri}#${level.id}`;
      item.contextValue = 'level';
      item.iconPath = new vscode.ThemeIcon('milestone');
      item.description = level.next.length > 0 ? `→ ${level.next.join(', ')}` : undefined;
      item.tooltip = `${level.name} (${level.id}): ${expectations(level.expectations.length)}, ${requirements(level.requirements.length)}`;
      return markErrors(item, level.errors);
    }
    case 'expectation': {
      const { expectation } = node;
      const item = new vscode.TreeItem(expectation.competencyName || expectation.competency, None);
      item.id = `expectation:${node.ladderUri}#${node.levelId}/${expectation.competency}`;
      item.contextValue = 'expectation';
      item.iconPath = new vscode.ThemeIcon('symbol-number');
      item.description = vscode.l10n.t('at least {0}', String(expectation.min));
      return markErrors(item, expectation.errors);
    }
    case 'requirement': {
      const { requirement } = node;
      const item = new vscode.TreeItem(requirement.label, requirement.children.length > 0 ? Expanded : None);
      item.id = `requirement:${node.ladderUri}#${node.path}`;
      item.contextValue = 'requirement';
      item.iconPath = new vscode.ThemeIcon('checklist');
      // The label says what it asks (the server's wording); the id, when it has one, tells it apart.
      item.description = requirement.id;
      item.tooltip = `${requirement.label}${requirement.id ? ` (${requirement.id})` : ''}`;
      return markErrors(item, requirement.errors);
    }
    case 'assessments': {
      const item = new vscode.TreeItem(vscode.l10n.t('Assessments'), Collapsed);
      item.id = `assessments:${node.ladderUri}`;
      item.contextValue = 'assessments';
      item.iconPath = vscode.ThemeIcon.Folder;
      item.description = String(node.assessments.length);
      return item;
    }
    case 'assessment':
      return assessmentItem(node);
    case 'review':
      return reviewItem(node);
    case 'message': {
      const item = new vscode.TreeItem(node.text, None);
      item.contextValue = 'message';
      item.iconPath = new vscode.ThemeIcon('info');
      item.tooltip = node.detail;
      return item;
    }
  }
}
