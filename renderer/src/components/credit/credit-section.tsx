// The detail pane's credit story: the low-credit line, then once there is a forecast the chart (values and dates at its ends, the warning level) and the burn rate, and the forecast saying how it was made or why there is none yet. Must not import the vault API.
import type { AccountView } from '../../../../preload/contract';
import { burnText, lowCreditText } from '../../credit-text';
import { CreditChart } from './credit-chart';
import '../../styles/credit.css';

export function CreditSection({ account }: { account: AccountView }) {
  const low = lowCreditText(account);
  const { creditForecast: forecast } = account;
  // Until there is a forecast the readings say nothing a chart could show (a dot, a flat line): the sentence says why.
  const quiet = forecast.kind === 'too-few-samples';
  const burn = quiet ? null : burnText(forecast.burnPerDay);
  return (
    <section className="credit-section" aria-label="Credit history" data-testid="credit-section">
      {low !== null && (
        <p className="low-credit tone-warn" data-testid="low-credit" data-level={account.lowCredit}>
          {low}
        </p>
      )}
      {!quiet && <CreditChart points={account.creditHistory} threshold={account.lowCreditThreshold} />}
      {burn !== null && (
        <p data-testid="burn-rate">
          Burn rate: <strong>{burn}</strong>
        </p>
      )}
      <p className={quiet ? 'hint' : 'forecast'} data-testid="forecast" data-kind={forecast.kind}>
        {forecast.text}
      </p>
    </section>
  );
}
