import * as l10n from '@vscode/l10n';
import { Pair, Scalar, YAMLMap } from 'yaml';
import type { Assessment, Level } from '../model/types';
import { focusLevelIds } from '../score/scoreAssessment';
import { commentLines, newYamlDocument, scalarNode, yamlDocumentText } from '../text/yamlText';
import type { LadderContext } from '../workspace/ladderContext';
import { collect, entry, name } from './scaffold';

/**
 * A new review of `assessment` (spec section 8): `assessment:` as the relative reference `assessmentRef`,
 * reviewer and role left to fill, today's date, and every competency the next and target levels expect,
 * unrated, with the self-rating and what each level expects in a comment. Written by the yaml library, as
 * the self-assessment scaffold is: ids and names from the files are quoted as YAML needs them.
 */
export function scaffoldReview(
  context: LadderContext,
  assessment: Assessment,
  assessmentRef: string,
  today: string,
): string {
  const focus = focusLevelIds(assessment, context)
    .map((id) => context.levels.get(id))
    .filter((level): level is Level => level !== undefined);
  const current = assessment.level ? context.levels.get(assessment.level.value) : undefined;
  const expecting = focus.length > 0 ? focus : current ? [current] : [];
  const expected = collect(expecting, (level) =>
    level.expectations.flatMap((e) =>
      e.min && context.competencies.has(e.competency.value) ? [[e.competency.value, e.min.key]] : [],
    ),
  );
  const selfRatings = new Map(
    assessment.ratings.map((rating) => [rating.competency.value, rating.value?.key] as const),
  );

  const doc = newYamlDocument();
  const root = new YAMLMap();
  const date = scalarNode(today);
  date.type = Scalar.QUOTE_DOUBLE;
  root.items.push(
    new Pair(scalarNode('kind'), scalarNode('Review')),
    entry(
      scalarNode('assessment'),
      scalarNode(assessmentRef),
      assessment.person
        ? l10n.t('the self-assessment of {0} this review rates', assessment.person)
        : l10n.t('the self-assessment this review rates'),
    ),
    entry(scalarNode('reviewer'), scalarNode(null), l10n.t('your name')),
    entry(scalarNode('role'), scalarNode(null), l10n.t('manager, peer, panel or other')),
    new Pair(scalarNode('date'), date),
  );

  const scale = context.ladder.scale.map((s) => `${s.key}${s.name ? ` ${s.name}` : ''}`).join(', ');
  const notes = [l10n.t('Your rating of each competency the next levels expect. Leave a value empty to not rate it.')];
  if (scale) notes.push(l10n.t('Scale: {0}.', scale));
  const ratings = new YAMLMap();
  for (const [id, by] of expected) {
    const self = selfRatings.get(id);
    const comment = `${self === undefined ? l10n.t('not self-rated') : l10n.t('self-rated {0}', self)}; ${l10n.t('expected {0}', by.map((e) => l10n.t('{0} for {1}', e.value, name(e.level))).join(', '))}`;
    ratings.items.push(entry(scalarNode(id, { id: true }), scalarNode(null), comment));
  }
  const ratingsKey = scalarNode('ratings');
  ratingsKey.commentBefore = commentLines(...notes);
  root.items.push(new Pair(ratingsKey, ratings.items.length > 0 ? ratings : scalarNode(null)));
  root.comment = commentLines(
    l10n.t("Optional: checks and metrics you record override the assessment's; a note for the person:"),
    'note: …',
  );
  doc.contents = root;
  return yamlDocumentText(doc);
}
