import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { LadderStructureRequest, WorkspaceSummaryRequest, type LadderStructure } from '../../../server/src/protocol';
import type { AssessmentNode, LadderTreeNode } from './nodes';
import { toTreeItem } from './treeItems';

function levelNames(structure: LadderStructure): Map<string, string> {
  return new Map(structure.tracks.flatMap((track) => track.levels.map((level) => [level.id, level.name] as const)));
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The Career Ladders tree: ladders → tracks → levels → expectations and requirements, and each ladder's
 * assessments with their verdict. All data comes from the language server; a ladder's structure is
 * fetched once per refresh.
 */
export class LadderTreeProvider implements vscode.TreeDataProvider<LadderTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<LadderTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private structures = new Map<string, Promise<LadderStructure | null>>();

  constructor(private readonly client: LanguageClient) {}

  refresh(): void {
    this.structures = new Map();
    this.changed.fire(undefined);
  }

  getTreeItem(node: LadderTreeNode): vscode.TreeItem {
    return toTreeItem(node, this.client.protocol2CodeConverter);
  }

  async getChildren(node?: LadderTreeNode): Promise<LadderTreeNode[]> {
    try {
      return await this.children(node);
    } catch (error) {
      return [{ kind: 'message', text: 'The language server did not answer', detail: errorText(error) }];
    }
  }

  private structure(uri: string): Promise<LadderStructure | null> {
    let structure = this.structures.get(uri);
    if (!structure) {
      structure = this.client.sendRequest(LadderStructureRequest, { uri });
      this.structures.set(uri, structure);
      structure.catch(() => this.structures.delete(uri));
    }
    return structure;
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
        const structure = await this.structure(node.uri);
        if (!structure) return [{ kind: 'message', text: 'This ladder cannot be read' }];
        const names = levelNames(structure);
        const tracks = structure.tracks.map((track): LadderTreeNode => ({ kind: 'track', ladderUri: node.uri, track }));
        const assessments = [...structure.assessments]
          .sort((a, b) => a.person.localeCompare(b.person))
          .map((assessment): AssessmentNode => ({
            kind: 'assessment',
            ladderUri: node.uri,
            assessment,
            focusLevelName: assessment.focusLevel ? names.get(assessment.focusLevel) : undefined,
          }));
        return assessments.length > 0 ? [...tracks, { kind: 'assessments', ladderUri: node.uri, assessments }] : tracks;
      }
      case 'track':
        return node.track.levels.map((level): LadderTreeNode => ({ kind: 'level', ladderUri: node.ladderUri, level }));
      case 'level':
        return [
          ...node.level.expectations.map((expectation): LadderTreeNode => ({
            kind: 'expectation',
            ladderUri: node.ladderUri,
            levelId: node.level.id,
            expectation,
          })),
          ...node.level.requirements.map((requirement, index): LadderTreeNode => ({
            kind: 'requirement',
            ladderUri: node.ladderUri,
            path: `${node.level.id}/${index}`,
            requirement,
          })),
        ];
      case 'requirement':
        return node.requirement.children.map((requirement, index): LadderTreeNode => ({
          kind: 'requirement',
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
