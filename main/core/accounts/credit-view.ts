// The credit part of an AccountView: chart points, the forecast in words and where credit stands against the low-credit threshold. Must not import electron.
import type { AccountView, CreditForecastView } from '../../../preload/contract';
import { chartSamples } from '../credit/credit-chart';
import { forecastCredit } from '../credit/credit-forecast';
import type { CreditSample } from '../credit/credit-history';
import { describeForecast } from '../credit/forecast-text';
import type { AccountRecord } from '../vault/vault-document';

type CreditView = Pick<AccountView, 'creditHistory' | 'creditForecast' | 'lowCredit' | 'lowCreditThreshold' | 'lowCreditOverridden'>;

function forecastView(history: readonly CreditSample[]): CreditForecastView {
  const forecast = forecastCredit(history);
  const text = describeForecast(forecast);
  switch (forecast.kind) {
    case 'too-few-samples':
      return { kind: forecast.kind, burnPerDay: null, daysLeft: null, text };
    case 'not-falling':
      return { kind: forecast.kind, burnPerDay: forecast.burnPerDay, daysLeft: null, text };
    case 'falling':
      return { kind: forecast.kind, burnPerDay: forecast.burnPerDay, daysLeft: forecast.daysLeft, text };
  }
}

/** 'below' under the threshold, 'below-half' under half of it; 'none' with no threshold or no known credit. */
export function lowCreditLevel(credit: number | null, threshold: number | null): AccountView['lowCredit'] {
  if (credit === null || threshold === null || credit >= threshold) return 'none';
  return credit < threshold / 2 ? 'below-half' : 'below';
}

/** The account's own threshold when it has one (null: off for it), else `globalThreshold`. */
export function effectiveThreshold(record: AccountRecord, globalThreshold: number | null): number | null {
  return record.lowCreditThreshold === undefined ? globalThreshold : record.lowCreditThreshold;
}

export function toCreditView(record: AccountRecord, globalThreshold: number | null): CreditView {
  const history = record.creditHistory ?? [];
  const threshold = effectiveThreshold(record, globalThreshold);
  return {
    creditHistory: chartSamples(history).map(({ at, credit }) => ({ at: new Date(at).toISOString(), credit })),
    creditForecast: forecastView(history),
    lowCredit: lowCreditLevel(record.status.credit, threshold),
    lowCreditThreshold: threshold,
    lowCreditOverridden: record.lowCreditThreshold !== undefined,
  };
}
