// Filter chips with counts (All · Needs attention · Expiring · Banned), the sort, and "Check all N" for what is shown. Must not import the vault API.
import { filterNames, filters, sortNames, sorts, type Filter, type FilterCounts, type Sort } from '../../account-triage';
import { CheckAllButton, type CheckScope } from '../check-all-button';

type Props = {
  filter: Filter;
  counts: FilterCounts;
  sort: Sort;
  checkScope: CheckScope;
  onChecked(text: string, tone: 'info' | 'error'): void;
  onFilter(filter: Filter): void;
  onSort(sort: Sort): void;
};

const isSort = (value: string): value is Sort => sorts.some((sort) => sort === value);

export function FilterBar({ filter, counts, sort, checkScope, onChecked, onFilter, onSort }: Props) {
  return (
    <div className="filter-bar">
      <div className="chips" role="group" aria-label="Show">
        {filters.map((chip) => (
          <button
            key={chip}
            type="button"
            className={`chip chip-${chip}`}
            aria-pressed={filter === chip}
            onClick={() => onFilter(chip)}
          >
            {filterNames[chip]} <span className="count">{counts[chip]}</span>
          </button>
        ))}
      </div>
      <select
        className="sort"
        aria-label="Sort by"
        value={sort}
        onChange={(event) => {
          if (isSort(event.target.value)) onSort(event.target.value);
        }}
      >
        {sorts.map((option) => (
          <option key={option} value={option}>
            {sortNames[option]}
          </option>
        ))}
      </select>
      <CheckAllButton scope={checkScope} onResult={onChecked} />
    </div>
  );
}
