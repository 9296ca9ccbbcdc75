/**
 * A NARRATOR statement is the journalist's own voice: its speaker is the article itself (its speakerId is the
 * article id, which the loader does not link: seed/load.ts statementLinks), so it names no speaker entity, or at
 * most the article's own id. Every other form needs a speaker entity, which SAID_BY links.
 */
import { ANNOTATIONS } from '../files';
import type { RuleContext, RuleVisitor } from './context';

export function NarratorSpeakerRule(context: RuleContext): RuleVisitor {
  return {
    statement({ path, dto: s }) {
      const speaker = s.speaker ?? undefined;
      if (s.form === 'NARRATOR') {
        if (speaker !== undefined && speaker !== context.articleId) {
          context.report(
            ANNOTATIONS,
            `${path}.speaker`,
            `a NARRATOR statement is the journalist’s own voice: leave "speaker" out (it resolves to the article ${context.articleId}), or use another form for "${String(speaker)}"`,
          );
        }
      } else if (speaker === undefined) {
        context.report(
          ANNOTATIONS,
          path,
          `speaker is required for a ${String(s.form ?? 'non-NARRATOR')} statement (only NARRATOR statements have no speaker entity)`,
        );
      }
    },
  };
}
