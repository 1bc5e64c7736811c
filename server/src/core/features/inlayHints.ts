import type { Span } from '../types';
import type { Workspace } from '../workspace/workspace';
import { competencyById, fileEnv, type FileEnv } from './fileEnv';
import { forEachId, type IdOccurrence } from './idOccurrences';

/** A name shown after an id: at `offset` (the end of the id), `label`, and a longer `tooltip`. */
export interface InlayHintEntry {
  offset: number;
  label: string;
  tooltip?: string;
}

/** Between the scale value's name and the competency's name in one hint. */
export const HINT_SEPARATOR = ' · ';

function levelHint(env: FileEnv, found: IdOccurrence): InlayHintEntry | undefined {
  const name = env.context?.levels.get(found.id)?.name;
  return name && name !== found.id ? { offset: found.span.end, label: name } : undefined;
}

/** After a rating or expectation (`troubleshooting: 3`): the scale value's name, then the competency's. */
function scaleHint(env: FileEnv, found: IdOccurrence, competencyId: string | undefined): InlayHintEntry | undefined {
  const scaleName = env.context?.scale.get(found.id)?.entry.name;
  const competency = competencyId === undefined ? undefined : competencyById(env, competencyId);
  const parts = [scaleName, competency?.name].filter((part): part is string => part !== undefined && part !== '');
  if (parts.length === 0) return undefined;
  const descriptor = competency?.descriptors.find((d) => d.key === found.id)?.text;
  return { offset: found.span.end, label: parts.join(HINT_SEPARATOR), ...(descriptor ? { tooltip: descriptor } : {}) };
}

/**
 * The names shown after ids in `span`: a level's name after each reference to it (`level`, `target`,
 * `next`, `history`, `time-at-level`), and after a scale value (a rating, an expectation, a minimum)
 * the value's name and the competency's, with the competency's descriptor for that value as tooltip.
 * Definitions get none: their name is written beside them.
 */
export function inlayHints(workspace: Workspace, uri: string, span: Span): InlayHintEntry[] {
  const env = fileEnv(workspace, uri);
  if (!env?.context) return [];
  const hints: InlayHintEntry[] = [];
  forEachId(env, span, (found) => {
    const { role } = found;
    if (found.onKey || ('definition' in role && role.definition)) return;
    const hint =
      role.type === 'level'
        ? levelHint(env, found)
        : role.type === 'scale'
          ? scaleHint(env, found, role.competency)
          : undefined;
    if (hint && hint.offset >= span.start && hint.offset <= span.end) hints.push(hint);
  });
  return hints;
}
