/**
 * EventFieldsRule: eventType and date only on an EVENT; an EVENT has an eventType and evidence.
 */
import { resolveArticleSources } from '../../../../../seed/annotations';
import { entities, event, folder, pathsAndMessages } from './harness';

describe('EventFieldsRule', () => {
  it('wants an eventType and evidence on an EVENT', () => {
    const bare = { id: event.id, kind: 'EVENT', name: event.name };
    expect(pathsAndMessages(folder({ entities: [...entities, bare] }))).toEqual([
      ['entities[2]', 'an EVENT needs an eventType (UPPER_SNAKE_CASE, e.g. PHONE_CALL)'],
      ['entities[2].evidence', 'evidence is required on an EVENT: give at least one quote where the article reports it'],
    ]);
  });

  it('refuses an eventType or a date on anything but an EVENT', () => {
    const [xi, putin] = entities;
    expect(pathsAndMessages(folder({ entities: [xi, { ...putin, kind: 'COUNTRY', id: 'country:vladimir-putin', eventType: 'VISIT' }] }))).toEqual([
      ['entities[1].eventType', 'eventType is only for EVENT entities (this one is a COUNTRY)'],
    ]);
  });

  it('keeps an EVENT with its type, date and evidence', () => {
    const { article, problems } = resolveArticleSources(folder({ entities: [...entities, { ...event, date: { value: '2025-02', precision: 'MONTH' } }] }));
    expect(problems).toEqual([]);
    expect(article!.entities[2]).toMatchObject({
      eventType: 'MEETING',
      date: { earliest: '2025-02-01', latest: '2025-02-28' },
      evidence: [{ quote: 'Xi met Putin', passageIndex: 1 }],
    });
  });
});
