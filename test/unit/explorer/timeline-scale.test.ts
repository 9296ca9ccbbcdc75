import { dayNumber } from '../../../explorer/dates';
import { BREAK, segmentsOf } from '../../../explorer/timeline-scale';

const span = (a: string, b: string): [number, number] => [dayNumber(a), dayNumber(b)];

describe('the timeline scale', () => {
  it('cuts a gap of years between clusters into one break, and keeps each cluster linear', () => {
    const segments = segmentsOf(
      [span('1939-09-01', '1945-09-02'), span('2022-02-01', '2022-02-23'), span('2022-02-24', '2025-02-24'), span('2025-01-01', '2025-05-31')],
      1000,
    );
    expect(segments).toHaveLength(2);
    expect(segments[0]).toMatchObject({ from: dayNumber('1939-09-01') - 20, to: dayNumber('1945-09-02') + 21, x0: 0 });
    expect(segments[1]).toMatchObject({ from: dayNumber('2022-02-01') - 20, to: dayNumber('2025-05-31') + 21 });
    expect(segments[1].x0 - segments[0].x1).toBeCloseTo(BREAK);
    expect(segments[1].x1).toBeCloseTo(1000);
  });

  it('gives a short cluster at least a fifth of the width', () => {
    const [short, long] = segmentsOf([span('1945-05-01', '1945-05-31'), span('2000-01-01', '2025-01-01')], 1000);
    expect((short.x1 - short.x0) / (1000 - BREAK)).toBeGreaterThanOrEqual(0.2 - 1e-9);
    expect(long.x1).toBeCloseTo(1000);
  });

  it('keeps dates less than two years apart in one cluster', () => {
    expect(segmentsOf([span('2022-02-24', '2022-02-24'), span('2023-12-01', '2023-12-31')], 500)).toHaveLength(1);
    expect(segmentsOf([span('2022-02-24', '2022-02-24'), span('2025-01-01', '2025-01-31')], 500)).toHaveLength(2);
  });
});
