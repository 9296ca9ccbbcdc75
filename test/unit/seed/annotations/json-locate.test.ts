/**
 * seed/annotations/json-locate.ts: the line of a JSON path in an annotation file, and of a syntax error.
 */
import { JsonLocator, parentPath } from '../../../../seed/annotations/json-locate';

describe('JsonLocator', () => {
  const source = '{\n  "entities": [\n    { "id": "a",\n      "aliases": ["x", "y"] }\n  ],\n  "n": 1.5e3, "t": true\n}\n';
  const locator = new JsonLocator(source);

  it('maps JSON paths to lines, falling back to the nearest written ancestor', () => {
    expect(locator.lineOf('entities')).toBe(2);
    expect(locator.lineOf('entities[0]')).toBe(3);
    expect(locator.lineOf('entities[0].aliases[1]')).toBe(4);
    expect(locator.lineOf('entities[0].missing')).toBe(3);
    expect(locator.lineOf('t')).toBe(6);
    expect(locator.errorLine).toBeUndefined();
    expect(parentPath('entities[0].aliases[1]')).toBe('entities[0].aliases');
  });

  it('finds the line of a syntax error', () => {
    expect(new JsonLocator('{\n  "a": [1, 2,],\n  "b": 1\n}').errorLine).toBe(2);
    expect(new JsonLocator('{\n  "a": 1\n  "b": 2\n}').errorLine).toBe(3);
    expect(new JsonLocator('{\n  "a": 1,\n').errorLine).toBe(3);
  });
});
