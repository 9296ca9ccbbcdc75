/**
 * What only an EVENT has, and what it must have (seed/model.ts ResolvedEntity): an eventType and a date belong
 * to events alone (a person's or country's dates go on its relations and statements), and an EVENT needs its
 * eventType and at least one evidence quote, where the article reports it.
 */
import { ANNOTATIONS } from '../files';
import { isStr, withArticle } from './context';
import type { RuleContext, RuleVisitor } from './context';

export function EventFieldsRule(context: RuleContext): RuleVisitor {
  return {
    entity({ path, kind, dto }) {
      if (kind !== 'EVENT' && kind !== undefined) {
        if (dto.eventType !== undefined)
          context.report(ANNOTATIONS, `${path}.eventType`, `eventType is only for EVENT entities (this one is ${withArticle(kind)})`);
        if (dto.date !== undefined)
          context.report(
            ANNOTATIONS,
            `${path}.date`,
            `date is only for EVENT entities (this one is ${withArticle(kind)}); put dates on relations or statements`,
          );
      }
      if (kind === 'EVENT' && !isStr(dto.eventType)) context.report(ANNOTATIONS, path, 'an EVENT needs an eventType (UPPER_SNAKE_CASE, e.g. PHONE_CALL)');
    },
    // On leaving the entity, after its date's problems: with no evidence there are no evidence items to report.
    entityLeave({ path, kind, evidence }) {
      if (kind === 'EVENT' && evidence.length === 0) {
        context.report(ANNOTATIONS, `${path}.evidence`, 'evidence is required on an EVENT: give at least one quote where the article reports it');
      }
    },
  };
}
