import type { Range } from 'vscode-languageserver-protocol';
import type {
  AssessmentSummary,
  CalibrationReview,
  LevelNode,
  LevelStatus,
  RequirementNode,
  TrackNode,
} from '../../../server/src/protocol';

/** An element of the Career Ladders tree. Ladders come from the workspace summary, the rest from each
 * ladder's structure; every node but a ladder knows its parent. */
export type LadderTreeNode =
  | LadderNode
  | { kind: 'track'; parent: LadderTreeNode; ladderUri: string; track: TrackNode }
  | { kind: 'level'; parent: LadderTreeNode; ladderUri: string; level: LevelNode }
  | {
      kind: 'expectation';
      parent: LadderTreeNode;
      ladderUri: string;
      levelId: string;
      expectation: LevelNode['expectations'][number];
    }
  | { kind: 'requirement'; parent: LadderTreeNode; ladderUri: string; path: string; requirement: RequirementNode }
  | { kind: 'assessments'; parent: LadderTreeNode; ladderUri: string; assessments: AssessmentNode[] }
  | AssessmentNode
  | ReviewNode
  | { kind: 'message'; parent?: LadderTreeNode; text: string; detail?: string };

export interface LadderNode {
  kind: 'ladder';
  parent?: undefined;
  uri: string;
  id: string;
  name: string;
}

export interface AssessmentNode {
  kind: 'assessment';
  parent: LadderTreeNode;
  ladderUri: string;
  assessment: AssessmentSummary;
  /** The name of `assessment.focusLevel`, when the ladder defines it. */
  focusLevelName?: string;
}

/** A verdict on one level: what a review or the consensus of all reviews makes of it. */
export interface LevelVerdict {
  levelName: string;
  status: LevelStatus;
  /** Readiness as the whole percentage to show. */
  readinessPercent: number;
}

/** Beneath an assessment: the consensus of its reviews (no `review`), then each review with the verdict under it. */
export interface ReviewNode {
  kind: 'review';
  parent: AssessmentNode;
  assessmentUri: string;
  review?: CalibrationReview;
  verdict?: LevelVerdict;
  /** On the consensus node: how many competencies the reviews disagree on. */
  disagreements?: number;
}

/** Where a node is defined: the file, and the range in it when the node is part of a ladder. */
export function definitionOf(node: LadderTreeNode): { uri: string; range?: Range } | undefined {
  switch (node.kind) {
    case 'ladder':
      return { uri: node.uri };
    case 'track':
      return { uri: node.ladderUri, range: node.track.range };
    case 'level':
      return { uri: node.ladderUri, range: node.level.range };
    case 'expectation':
      return { uri: node.ladderUri, range: node.expectation.range };
    case 'requirement':
      return { uri: node.ladderUri, range: node.requirement.range };
    case 'assessment':
      return { uri: node.assessment.uri };
    case 'review':
      return node.review ? { uri: node.review.uri, range: node.review.range } : { uri: node.assessmentUri };
    default:
      return undefined;
  }
}

/** The file a node stands for, for commands run from the tree's context menu. */
export function nodeUri(node: LadderTreeNode): string | undefined {
  switch (node.kind) {
    case 'ladder':
      return node.uri;
    case 'assessment':
      return node.assessment.uri;
    case 'review':
      return node.review?.uri ?? node.assessmentUri;
    case 'message':
      return undefined;
    default:
      return node.ladderUri;
  }
}

export function isLadderTreeNode(value: unknown): value is LadderTreeNode {
  return typeof value === 'object' && value !== null && typeof (value as { kind?: unknown }).kind === 'string';
}
