import * as vscode from 'vscode';
import { fileNameEndings, kindFromFileName, nameBeforeKindEnding, newFileSuffix } from '../../../server/src/protocol';

/** A file-name slug for a person: "José Núñez" → "jose-nunez"; empty when nothing Latin is left. */
export function personSlug(person: string): string {
  return person
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** Why a person's name cannot be used, or undefined when it can. */
export function validatePerson(person: string): string | undefined {
  const trimmed = person.trim();
  if (trimmed.length === 0) return vscode.l10n.t('Enter the name of the person the assessment is for.');
  if (trimmed.length > 100) return vscode.l10n.t('Use at most 100 characters.');
  if (/[\u0000-\u001f\u007f]/.test(trimmed))
    return vscode.l10n.t('The name cannot contain line breaks or control characters.');
  return undefined;
}

/** Why a file name typed for a new assessment cannot be used, or undefined when it can. */
export function validateAssessmentFileName(name: string): string | undefined {
  if (kindFromFileName(name) !== 'SelfAssessment')
    return vscode.l10n.t('The name must end with .assessment.yaml (or .assessment.yml).');
  if (/[\\/:*?"<>|\u0000-\u001f]/.test(name))
    return vscode.l10n.t('Use a plain file name, without folders or special characters.');
  if (nameBeforeKindEnding(name) === '') return vscode.l10n.t('Put a name before .assessment.yaml.');
  return undefined;
}

/** Why a file name typed for a new review cannot be used, or undefined when it can. */
export function validateReviewFileName(name: string): string | undefined {
  if (kindFromFileName(name) !== 'Review')
    return vscode.l10n.t('The name must end with .review.yaml (or .review.yml).');
  if (/[\\/:*?"<>|\u0000-\u001f]/.test(name))
    return vscode.l10n.t('Use a plain file name, without folders or special characters.');
  if (nameBeforeKindEnding(name) === '') return vscode.l10n.t('Put a name before .review.yaml.');
  return undefined;
}

/** `base.assessment.yaml`, then `base-2.assessment.yaml`, `base-3…` for the nth candidate. */
export function numberedName(base: string, suffix: string, n: number): string {
  return n <= 1 ? `${base}${suffix}` : `${base}-${n}${suffix}`;
}

/** Where a promotion packet is proposed: beside the assessment, `alex-kim.assessment.yaml` → `alex-kim.senior.packet.html`. */
export function packetFileName(assessmentPath: string, levelId: string): string {
  const base = assessmentPath
    .slice(assessmentPath.lastIndexOf('/') + 1)
    .replace(/\.assessment\.ya?ml$/i, '')
    .replace(/\.ya?ml$/i, '');
  const level = levelId.replace(/[^A-Za-z0-9-]+/g, '-');
  return `${base || 'assessment'}.${level || 'level'}.packet.html`;
}

const LADDER_ENDINGS = fileNameEndings('Ladder').map((ending) => `.${ending}`);

/**
 * The save dialog's filter for a new ladder: the bare YAML extensions (`yaml`, `yml`). VS Code's simple file
 * dialog (code-server, remote windows) compares only the last extension of a typed name with the filter's and
 * appends the filter's first extension when they differ, so a `ladder.yaml` filter turned `support.ladder.yaml`
 * into `support.ladder.yaml.ladder.yaml`.
 */
export const ladderSaveFilters = (): Record<string, string[]> => ({
  [vscode.l10n.t('Career ladder')]: fileNameEndings('Ladder').map((ending) =>
    ending.slice(ending.lastIndexOf('.') + 1),
  ),
});

function ladderEnding(path: string): string | undefined {
  const lower = path.toLowerCase();
  return LADDER_ENDINGS.find((ending) => lower.endsWith(ending));
}

/**
 * The ladder file for a path chosen in a save dialog: `support.ladder.yaml` as it is; `support` or
 * `support.yaml` → `support.ladder.yaml`; a doubled ending (`support.ladder.yaml.ladder.yaml`, from a dialog
 * that appended the filter's extension) only once.
 */
export function ladderPathFromSaveDialog(path: string): string {
  let chosen = path;
  for (let ending = ladderEnding(chosen); ending; ending = ladderEnding(chosen)) {
    const before = chosen.slice(0, -ending.length);
    if (!ladderEnding(before)) return chosen;
    chosen = before;
  }
  return `${chosen.replace(/\.ya?ml$/i, '')}${newFileSuffix('Ladder')}`;
}
