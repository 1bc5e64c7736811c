import type { Span } from '../types';
import { resolveReference } from '../workspace/paths';
import { currentId } from '../workspace/ladderContext';
import type { Workspace } from '../workspace/workspace';
import { allCompetencies, competencyById, fileEnv } from './fileEnv';
import { targetAt } from './target';

/** A place an id is defined; `originSpan` is the reference it was reached from. */
export interface DefinitionTarget {
  uri: string;
  span: Span;
  originSpan: Span;
}

/** Where the id at `offset` is defined: its `id:` value, in whichever file holds it. */
export function definition(workspace: Workspace, uri: string, offset: number): DefinitionTarget[] {
  const env = fileEnv(workspace, uri);
  if (!env) return [];
  const target = targetAt(env, offset);
  if (!target?.role) return [];
  const { context } = env;
  const id = target.id;
  const at = (targetUri: string, span: Span): DefinitionTarget[] => [{ uri: targetUri, span, originSpan: target.span }];
  switch (target.role.type) {
    case 'competency': {
      const competency = competencyById(env, id);
      return competency ? at(competency.uri, competency.idSpan) : [];
    }
    case 'scale': {
      const entry = context?.scale.get(id)?.entry;
      return entry ? at(entry.uri, entry.idSpan) : [];
    }
    case 'level':
    case 'track':
    case 'metric':
    case 'check': {
      const map = { level: context?.levels, track: context?.tracks, metric: context?.metrics, check: context?.checks }[
        target.role.type
      ];
      // A former id leads to the item that was renamed.
      const entity = context && map?.get(currentId(context, target.role.type, id));
      return entity ? at(entity.uri, entity.idSpan) : [];
    }
    case 'requirement': {
      const found = context?.requirements.get(currentId(context, 'requirement', id));
      return found?.requirement.id ? at(found.level.uri, found.requirement.id.span) : [];
    }
    case 'group':
      return allCompetencies(env).flatMap((c) =>
        c.group?.value === id ? [{ uri: c.uri, span: c.group.span, originSpan: target.span }] : [],
      );
    case 'rank':
      return (context?.ladder.levels ?? []).flatMap((level) =>
        level.rank && String(level.rank.value) === id
          ? [{ uri: level.uri, span: level.rank.span, originSpan: target.span }]
          : [],
      );
    case 'ladder-file':
    case 'catalogue-file':
    case 'assessment-file': {
      const fileUri = resolveReference(env.uri, id);
      const analyzed = fileUri ? workspace.file(fileUri).analyzed : undefined;
      if (!fileUri || !analyzed) return [];
      const model = analyzed.model;
      // A ladder or catalogue opens at its id; an assessment, which has none, at its start.
      const span =
        (model?.kind === 'Ladder' || model?.kind === 'Competencies') && model.id ? model.id.span : { start: 0, end: 0 };
      return at(fileUri, span);
    }
    case 'check-status':
      return [];
  }
}
