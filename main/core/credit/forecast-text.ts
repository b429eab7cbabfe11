// Words a credit forecast for the window, saying how it was made. Must not import electron or node:*.
import type { CreditForecast, ForecastBasis } from './credit-forecast';

const hourMs = 3_600_000;

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "5 hours" under two days, otherwise whole days. */
function span(ms: number): string {
  const hours = Math.round(ms / hourMs);
  return hours < 48 ? plural(hours, 'hour', 'hours') : plural(Math.round(hours / 24), 'day', 'days');
}

function madeFrom(basis: ForecastBasis): string {
  const since = basis.afterTopUp ? ', since the last top-up' : '';
  return `from ${plural(basis.sampleCount, 'check', 'checks')} over ${span(basis.to - basis.from)}${since}`;
}

function roundedCredits(perDay: number): string {
  return perDay >= 10 ? String(Math.round(perDay)) : String(Math.round(perDay * 10) / 10);
}

function lasts(daysLeft: number): string {
  if (daysLeft < 1) return 'less than a day';
  return `about ${plural(Math.round(daysLeft), 'day', 'days')}`;
}

/** One or two sentences for the account detail; no numbers are invented when the forecast is quiet. */
export function describeForecast(forecast: CreditForecast): string {
  const { basis } = forecast;
  switch (forecast.kind) {
    case 'too-few-samples': {
      const since = basis.afterTopUp ? ' since the last top-up' : '';
      const need = `${plural(forecast.minSamples, 'check', 'checks')} over ${span(forecast.minSpanMs)}`;
      return `No forecast yet: it needs at least ${need}${since} (${plural(basis.sampleCount, 'check', 'checks')} so far).`;
    }
    case 'not-falling':
      return `Credit is not falling (${madeFrom(basis)}).`;
    case 'falling':
      if (forecast.credit <= 0) return `Credit is used up; it was falling about ${roundedCredits(forecast.burnPerDay)} a day.`;
      return `Using about ${roundedCredits(forecast.burnPerDay)} credits a day; at this rate, credit lasts ${lasts(forecast.daysLeft)} (${madeFrom(basis)}).`;
  }
}
