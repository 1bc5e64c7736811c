import * as vscode from 'vscode';
import type { Protocol2CodeConverter } from 'vscode-languageclient';
import type { LadderClient } from '../languageClientLoader';
import {
  CalibrationRequest,
  LadderStructureRequest,
  WorkspaceSummaryRequest,
  type LadderStructure,
} from '../../../server/src/protocol';
import type { AssessmentNode, LadderTreeNode } from './nodes';
import { reviewNodes } from './reviewNodes';
import { toTreeItem } from './treeItems';

const ROOT = {};

function levelNames(structure: LadderStructure): Map<string, string> {
  return new Map(structure.tracks.flatMap((track) => track.levels.map((level) => [level.id, level.name] as const)));
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The Career Ladders tree: ladders → tracks → levels → expectations and requirements, and each ladder's
 * assessments with their verdict, and beneath each its reviews with the verdict under each and their consensus. All data comes from the language server, fetched once per node and
 * refresh.
 */
export class LadderTreeProvider implements vscode.TreeDataProvider<LadderTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<LadderTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private childrenOf = new WeakMap<object, Promise<LadderTreeNode[]>>();

  constructor(private readonly client: LadderClient) {}

  refresh(): void {
    this.childrenOf = new WeakMap();
    this.changed.fire(undefined);
  }

  /** Turns the server's ranges into the editor's. */
  get converter(): Protocol2CodeConverter {
    return this.client.protocol2CodeConverter;
  }

  getTreeItem(node: LadderTreeNode): vscode.TreeItem {
    return toTreeItem(node, this.converter);
  }

  /** The same node objects for the same parent until the next refresh, so that the view can reveal them. */
  async getChildren(node?: LadderTreeNode): Promise<LadderTreeNode[]> {
    const key = node ?? ROOT;
    let children = this.childrenOf.get(key);
    if (!children) {
      children = this.children(node);
      this.childrenOf.set(key, children);
    }
    try {
      return await children;
    } catch (error) {
      if (this.childrenOf.get(key) === children) this.childrenOf.delete(key);
      return [{ kind: 'message', text: vscode.l10n.t('The language server did not answer'), detail: errorText(error) }];
    }
  }

  getParent(node: LadderTreeNode): LadderTreeNode | undefined {
    return node.parent;
  }

  private async children(node: LadderTreeNode | undefined): Promise<LadderTreeNode[]> {
    if (!node) {
      const summary = await this.client.sendRequest(WorkspaceSummaryRequest, {});
      return [...summary.ladders]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((ladder): LadderTreeNode => ({ kind: 'ladder', ...ladder }));
    }
    switch (node.kind) {
      case 'ladder': {
        const structure = await this.client.sendRequest(LadderStructureRequest, { uri: node.uri });
        if (!structure) return [{ kind: 'message', text: vscode.l10n.t('This ladder cannot be read') }];
        const names = levelNames(structure);
        const tracks = structure.tracks.map((track): LadderTreeNode => ({
          kind: 'track',
          parent: node,
          ladderUri: node.uri,
          track,
        }));
        const folder: LadderTreeNode & { kind: 'assessments' } = {
          kind: 'assessments',
          parent: node,
          ladderUri: node.uri,
          assessments: [],
        };
        const assessments = [...structure.assessments]
          .sort((a, b) => a.person.localeCompare(b.person))
          .map((assessment): AssessmentNode => ({
            kind: 'assessment',
            parent: folder,
            ladderUri: node.uri,
            assessment,
            focusLevelName: assessment.focusLevel ? names.get(assessment.focusLevel) : undefined,
          }));
        folder.assessments = assessments;
        return assessments.length > 0 ? [...tracks, folder] : tracks;
      }
      case 'assessment': {
        // Asked only when an assessment with reviews is expanded: the summary of 1,000 assessments stays cheap.
        const calibration = await this.client.sendRequest(CalibrationRequest, { uri: node.assessment.uri });
        return reviewNodes(node, calibration);
      }
      case 'track':
        return node.track.levels.map((level): LadderTreeNode => ({
          kind: 'level',
          parent: node,
          ladderUri: node.ladderUri,
          level,
        }));
      case 'level':
        return [
          ...node.level.expectations.map((expectation): LadderTreeNode => ({
            kind: 'expectation',
            parent: node,
            ladderUri: node.ladderUri,
            levelId: node.level.id,
            expectation,
          })),
          ...node.level.requirements.map((requirement, index): LadderTreeNode => ({
            kind: 'requirement',
            parent: node,
            ladderUri: node.ladderUri,
            path: `${node.level.id}/${index}`,
            requirement,
          })),
        ];
      case 'requirement':
        return node.requirement.children.map((requirement, index): LadderTreeNode => ({
          kind: 'requirement',
          parent: node,
          ladderUri: node.ladderUri,
          path: `${node.path}/${index}`,
          requirement,
        }));
      case 'assessments':
        return node.assessments;
      default:
        return [];
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}
