/**
 * NoSelfReferenceRule: a statement is not about itself and does not respond to itself.
 */
import { folder, pathsAndMessages, statement } from './harness';

describe('NoSelfReferenceRule', () => {
  it('refuses a statement about itself or responding to itself', () => {
    const s = { ...statement([{ quote: 'Xi met Putin' }]), about: ['person:vladimir-putin', 'statement:s'], respondsTo: 'statement:s' };
    expect(pathsAndMessages(folder({ statements: [s] }))).toEqual([
      ['statements[0].about[1]', 'about "statement:s" refers to the statement itself'],
      ['statements[0].respondsTo', 'respondsTo refers to the statement itself'],
    ]);
  });
});
