// Proves the credit words and chart geometry of the detail pane: low-credit line, chart summary, sparkline points, typed thresholds. Must not import electron, node:* or main/.
import { describe, expect, it } from 'vitest';
import { burnText, chartSummary, checkResultText, creditScale, lowCreditText, parseThreshold, sparklinePoints } from '../../../renderer/src/credit-text';

const point = (hour: number, credit: number) => ({ at: new Date(Date.UTC(2030, 0, 1, hour)).toISOString(), credit });

describe('credit text', () => {
  it('says nothing when credit is not low, and which level it is below otherwise', () => {
    expect(lowCreditText({ lowCredit: 'none', lowCreditThreshold: 500 })).toBeNull();
    expect(lowCreditText({ lowCredit: 'below', lowCreditThreshold: 500 })).toMatch(/^Low credit: below your warning level of 500/);
    expect(lowCreditText({ lowCredit: 'below-half', lowCreditThreshold: 500 })).toMatch(/below half of your warning level of 500/);
  });

  it('summarizes the chart for screen readers', () => {
    expect(chartSummary([])).toBe('Credit chart: no readings yet.');
    expect(chartSummary([point(0, 10)])).toBe('Credit chart: one reading, 10 credits.');
    expect(chartSummary([point(0, 1000), point(3, 963), point(6, 1200)])).toBe(
      'Credit chart of 3 readings: from 1,000 credits to 1,200 credits, lowest 963 credits, highest 1,200 credits.',
    );
  });

  it('places time left to right and higher credit higher up, within the box', () => {
    expect(sparklinePoints([point(0, 100), point(1, 50), point(2, 0)], 200, 40)).toBe('0.0,0.0 100.0,20.0 200.0,40.0');
    expect(sparklinePoints([point(0, 7), point(4, 7)], 100, 40)).toBe('0.0,20.0 100.0,20.0');
  });

  it('words a burn rate and reads typed thresholds', () => {
    expect([burnText(null), burnText(-3), burnText(296.4), burnText(2.46)]).toEqual([null, 'not falling', '296 credits a day', '2.5 credits a day']);
    expect([parseThreshold(' '), parseThreshold('250'), parseThreshold('0'), parseThreshold('-4'), parseThreshold('ten')]).toEqual([
      null,
      250,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('says when Check now replaced the last reading (same clock hour) rather than adding one', () => {
    const at = (hour: number, minute: number, credit: number) => ({
      at: new Date(Date.UTC(2030, 0, 1, hour, minute)).toISOString(),
      credit,
    });
    expect(checkResultText([], [at(1, 5, 10)])).toBe('Check finished.');
    expect(checkResultText([at(1, 5, 10)], [at(2, 1, 9)])).toBe('Check finished.');
    expect(checkResultText([at(1, 5, 10)], [at(1, 5, 10)])).toBe('Check finished.');
    expect(checkResultText([at(1, 5, 10)], [at(1, 40, 9)])).toMatch(
      /^Check finished\. Not a new reading for the forecast: it is in the same hour as the last one \(.+\), which it replaced\./,
    );
  });

  it('widens the chart’s credit range to hold the threshold, so its line is drawn inside the chart', () => {
    const y = creditScale([point(0, 900), point(3, 800)], 50, 1000);
    expect(y(1000)).toBe(0);
    expect(y(800)).toBe(50);
    expect(creditScale([point(0, 900), point(3, 800)], 50, null)(900)).toBe(0);
  });
});
