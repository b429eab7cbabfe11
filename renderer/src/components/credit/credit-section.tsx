// The detail pane's credit story: the low-credit line, the sparkline, the burn rate and the forecast saying how it was made. Must not import the vault API.
import type { AccountView } from '../../../../preload/contract';
import { burnText, lowCreditText } from '../../credit-text';
import { CreditChart } from './credit-chart';
import '../../styles/credit.css';

export function CreditSection({ account }: { account: AccountView }) {
  const low = lowCreditText(account);
  const { creditForecast: forecast } = account;
  const burn = forecast.kind === 'too-few-samples' ? null : burnText(forecast.burnPerDay);
  return (
    <section className="credit-section" aria-label="Credit history" data-testid="credit-section">
      {low !== null && (
        <p className="low-credit tone-warn" data-testid="low-credit" data-level={account.lowCredit}>
          {low}
        </p>
      )}
      {account.creditHistory.length > 0 && <CreditChart points={account.creditHistory} />}
      {burn !== null && (
        <p data-testid="burn-rate">
          Burn rate: <strong>{burn}</strong>
        </p>
      )}
      <p className={forecast.kind === 'too-few-samples' ? 'hint' : 'forecast'} data-testid="forecast" data-kind={forecast.kind}>
        {forecast.text}
      </p>
    </section>
  );
}
