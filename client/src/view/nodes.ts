import type { AssessmentSummary, LevelNode, RequirementNode, TrackNode } from '../../../server/src/protocol';

/** An element of the Career Ladders tree. Ladders come from the workspace summary, the rest from each
 * ladder's structure. */
export type LadderTreeNode =
  | { kind: 'ladder'; uri: string; id: string; name: string }
  | { kind: 'track'; ladderUri: string; track: TrackNode }
  | { kind: 'level'; ladderUri: string; level: LevelNode }
  | { kind: 'expectation'; ladderUri: string; levelId: string; expectation: LevelNode['expectations'][number] }
  | { kind: 'requirement'; ladderUri: string; path: string; requirement: RequirementNode }
  | { kind: 'assessments'; ladderUri: string; assessments: AssessmentNode[] }
  | AssessmentNode
  | { kind: 'message'; text: string; detail?: string };

export interface AssessmentNode {
  kind: 'assessment';
  ladderUri: string;
  assessment: AssessmentSummary;
  /** The name of `assessment.focusLevel`, when the ladder defines it. */
  focusLevelName?: string;
}

/** The file a node stands for, for commands run from the tree's context menu. */
export function nodeUri(node: LadderTreeNode): string | undefined {
  switch (node.kind) {
    case 'ladder':
      return node.uri;
    case 'assessment':
      return node.assessment.uri;
    case 'message':
      return undefined;
    default:
      return node.ladderUri;
  }
}

export function isLadderTreeNode(value: unknown): value is LadderTreeNode {
  return typeof value === 'object' && value !== null && typeof (value as { kind?: unknown }).kind === 'string';
}
