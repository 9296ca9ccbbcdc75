import { DEFAULT_STATE, decodeState, encodeState } from '../../../explorer/url-state';
import type { ViewState } from '../../../explorer/url-state';

describe('the explorer URL state', () => {
  it('leaves the default state out of the URL', () => {
    expect(encodeState(DEFAULT_STATE)).toBe('');
    expect(decodeState('')).toEqual({ ...DEFAULT_STATE, focus: undefined, selected: undefined, from: undefined, to: undefined, span: undefined });
  });

  it('reopens every part of a view from its URL', () => {
    const state: ViewState = {
      focus: 'event:2025-02-24-xi-putin-call',
      depth: 2,
      limit: 200,
      expanded: ['person:wang-yi', 'country:china'],
      kinds: ['PERSON', 'EVENT'],
      selected: 'statement:xi-no-third-party|ADDRESSED_TO|person:vladimir-putin',
      from: 'person:wang-yi',
      to: 'person:alexander-gabuev',
      span: ['2025-01-01', '2025-02-28'],
    };
    const search = encodeState(state);
    expect(search).toBe(
      '?focus=event%3A2025-02-24-xi-putin-call&depth=2&limit=200&expand=person%3Awang-yi&expand=country%3Achina&kinds=PERSON%2CEVENT' +
        '&sel=statement%3Axi-no-third-party%7CADDRESSED_TO%7Cperson%3Avladimir-putin&from=person%3Awang-yi&to=person%3Aalexander-gabuev&span=2025-01-01%2C2025-02-28',
    );
    expect(decodeState(search)).toEqual(state);
  });

  it('falls back to defaults for what a hand-edited URL gets wrong', () => {
    const state = decodeState('?focus=person:xi-jinping&depth=9&limit=7&kinds=PERSON,ROBOT&span=2025-03-01,2025-01-01');
    expect(state).toMatchObject({ focus: 'person:xi-jinping', depth: 1, limit: 100, kinds: ['PERSON'], span: undefined });
    expect(decodeState('?span=2025-01,2025-02').span).toBeUndefined();
    // An empty kinds list is a choice (nothing shown), not a missing one.
    expect(decodeState('?kinds=').kinds).toEqual([]);
  });
});
