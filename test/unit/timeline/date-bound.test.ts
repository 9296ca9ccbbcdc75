import { GraphQLError } from 'graphql';
import { dateRange, timelineWindow } from '../../../src/timeline/date-bound';

describe('timeline date bounds', () => {
  it('cover the whole year, month or day they name', () => {
    expect(dateRange('2022', 'from')).toEqual({ first: '2022-01-01', last: '2022-12-31' });
    expect(dateRange('2024-02', 'to')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(dateRange('2025-02', 'to')).toEqual({ first: '2025-02-01', last: '2025-02-28' });
    expect(dateRange('2025-02-24', 'to')).toEqual({ first: '2025-02-24', last: '2025-02-24' });
  });

  it('make a window from the start of `from` to the end of `to`', () => {
    expect(timelineWindow('2022', '2025-05')).toEqual({ from: '2022-01-01', to: '2025-05-31' });
    expect(timelineWindow(null, '2025')).toEqual({ from: null, to: '2025-12-31' });
    expect(timelineWindow()).toEqual({ from: null, to: null });
  });

  it.each(['2025-13', '2025-00', '2025-02-30', '2023-02-29', '2025-1-1', 'soon'])('refuse %s with BAD_USER_INPUT', (value) => {
    expect(() => dateRange(value, 'from')).toThrow(GraphQLError);
    try {
      dateRange(value, 'from');
    } catch (error) {
      expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('refuse a window that ends before it starts', () => {
    expect(() => timelineWindow('2025-03', '2025-02')).toThrow('`from` (2025-03) is after `to` (2025-02).');
  });
});
