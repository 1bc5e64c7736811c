// The client tells file kinds apart exactly as the server does: from the shared file-kind module.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Uri } from 'vscode';
import './fakeVscodeInstalled';
import { validateAssessmentFileName, validateReviewFileName } from '../../client/src/commands/fileNames';
import {
  LADDER_DOCUMENT_SELECTOR,
  isAssessmentUri,
  ladderDocumentSelector,
  isLadderFileUri,
  isLadderOrCatalogueUri,
  isLadderUri,
  isReviewUri,
} from '../../client/src/ladderFiles';

const uri = (path: string) => ({ path }) as Uri;

describe('file kinds in the client', () => {
  it('tells the kind of a URI by its path, in any case', () => {
    const paths = [
      '/ws/team.ladder.yaml',
      '/ws/Team.Ladder.YML',
      '/ws/shared.competencies.yaml',
      '/ws/ana.ASSESSMENT.yaml',
      '/ws/notes.yaml',
    ];
    assert.deepEqual(
      paths.map((path) => [
        isLadderUri(uri(path)),
        isLadderOrCatalogueUri(uri(path)),
        isAssessmentUri(uri(path)),
        isLadderFileUri(uri(path)),
      ]),
      [
        [true, true, false, true],
        [true, true, false, true],
        [false, true, false, true],
        [false, false, true, true],
        [false, false, false, false],
      ],
    );
  });

  it('selects the documents the server analyses', () => {
    assert.deepEqual(LADDER_DOCUMENT_SELECTOR, [
      { scheme: 'file', pattern: '**/*.{ladder,competencies,assessment,review}.{yaml,yml}' },
      { scheme: 'untitled', pattern: '**/*.{ladder,competencies,assessment,review}.{yaml,yml}' },
    ]);
  });

  it('adds the file systems of the folders of a virtual workspace to the selector, each once', () => {
    const pattern = '**/*.{ladder,competencies,assessment,review}.{yaml,yml}';
    assert.deepEqual(ladderDocumentSelector(['file']), LADDER_DOCUMENT_SELECTOR);
    assert.deepEqual(ladderDocumentSelector(['vscode-vfs', 'file', 'vscode-vfs', 'memfs']), [
      ...LADDER_DOCUMENT_SELECTOR,
      { scheme: 'vscode-vfs', pattern },
      { scheme: 'memfs', pattern },
    ]);
  });

  it('accepts a new assessment file name the server will read as an assessment', () => {
    assert.deepEqual(
      [
        'ana.assessment.yaml',
        'ana.Assessment.YML',
        '.assessment.yaml',
        'ana.yaml',
        'ana.ladder.yaml',
        'a/b.assessment.yaml',
      ].map(validateAssessmentFileName),
      [
        undefined,
        undefined,
        'Put a name before .assessment.yaml.',
        'The name must end with .assessment.yaml (or .assessment.yml).',
        'The name must end with .assessment.yaml (or .assessment.yml).',
        'Use a plain file name, without folders or special characters.',
      ],
    );
  });

  it('tells a review by its path, and checks the name of a new review', () => {
    assert.deepEqual(
      ['a/x.review.yaml', 'a/X.REVIEW.YML', 'a/x.assessment.yaml', 'a/review.yaml'].map((path) =>
        isReviewUri(uri(path)),
      ),
      [true, true, false, false],
    );
    assert.deepEqual(
      [
        'ana.manager.review.yaml',
        'ana.review.yml',
        '.review.yaml',
        'ana.assessment.yaml',
        'a/b.review.yaml',
        'ana?.review.yaml',
      ].map(validateReviewFileName),
      [
        undefined,
        undefined,
        'Put a name before .review.yaml.',
        'The name must end with .review.yaml (or .review.yml).',
        'Use a plain file name, without folders or special characters.',
        'Use a plain file name, without folders or special characters.',
      ],
    );
  });
});
