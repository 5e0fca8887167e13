import * as React from 'react';
import { Stack, Text, useTheme } from '@fluentui/react';
import type { Catalogue as CatalogueData } from '../../domain/types';
import { buildSearchIndex, incrementalSearch, queryWords, unsearchedHits } from '../../domain/search';
import type { AppEnvironment, AppSettings } from '../shared/appTypes';
import { format, formatNodes, useStrings } from '../../i18n/strings';
import { ListText } from '../../components/ListText';
import { strings } from './strings';
import { AreaCard, cardFacts } from './AreaCard';
import { AreaDetail } from './AreaDetail';
import { GeneralInfo } from './GeneralInfo';
import { Filters, FilterValue, NO_FILTER } from './Filters';
import { controlClasses } from '../../components/controlStyles';
import { Notice } from '../../components/Notice';

const AREA_PARAM = 'omrade';
/**
 * Cards rendered at once. A keystroke re-renders every shown card (its highlights change), so
 * with hundreds of areas the first ones are shown and the rest follow on request.
 */
export const CARDS_AT_ONCE = 24;

function areaFromSearch(search: string): string {
  return new URLSearchParams(search).get(AREA_PARAM) || '';
}

export function Catalogue(props: { catalogue: CatalogueData; env: AppEnvironment; settings: AppSettings }): JSX.Element {
  const t = useStrings(strings);
  const theme = useTheme();
  const css = controlClasses(theme);
  const [query, setQuery] = React.useState('');
  const [filters, setFilters] = React.useState<FilterValue>(NO_FILTER);
  const [areaKey, setAreaKey] = React.useState(() => areaFromSearch(props.env.search));
  // How many cards "show more" has opened, for the search it was pressed in: a new search starts
  // again from its first cards.
  const [more, setMore] = React.useState({ search: '', limit: CARDS_AT_ONCE });
  // The index is built on the first search or just after the first view is on the screen,
  // whichever comes first: the first view (no query, no filter) lists every area without it.
  const search = React.useMemo(() => {
    let built: ReturnType<typeof incrementalSearch> | undefined;
    return () => (built = built || incrementalSearch(buildSearchIndex(props.catalogue)));
  }, [props.catalogue]);
  React.useEffect(() => {
    const warm = window.setTimeout(search, 0);
    return () => window.clearTimeout(warm);
  }, [search]);
  const firstView = React.useMemo(() => unsearchedHits(props.catalogue), [props.catalogue]);
  const facts = React.useMemo(() => cardFacts(props.catalogue), [props.catalogue]);
  const hits = React.useMemo(
    () =>
      queryWords(query).length === 0 && filters.targetGroups.length === 0 && !filters.supplierKey
        ? firstView
        : search()(query, { targetGroups: filters.targetGroups, supplierKey: filters.supplierKey || undefined }),
    [search, firstView, query, filters]
  );
  const searchKey = JSON.stringify([query, filters]);
  const limit = more.search === searchKey ? more.limit : CARDS_AT_ONCE;
  const shown = hits.length > limit ? hits.slice(0, limit) : hits;
  const area = props.catalogue.areas.find((a) => a.key === areaKey);
  // Back from an area, focus returns to that area's link instead of falling to the page body.
  // A layout effect: it runs as the list is put back, before the browser paints, so there is no
  // moment where the list shows and focus is on the body (a passive effect left one, which a
  // keyboard test caught in a fresh-clone run).
  const returnTo = React.useRef('');
  const list = React.useRef<HTMLUListElement>(null);
  React.useLayoutEffect(() => {
    if (area || !returnTo.current) return;
    const key = returnTo.current;
    returnTo.current = '';
    const links = Array.from(list.current?.querySelectorAll<HTMLElement>('[data-area-link]') || []);
    const link = links.find((l) => l.getAttribute('data-area-link') === key);
    link?.focus();
  }, [area]);

  React.useEffect(() => {
    const onPop = (): void => setAreaKey(areaFromSearch(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  // The same function every render, so a keystroke re-renders only the cards whose highlights change.
  const shownArea = React.useRef(areaKey);
  shownArea.current = areaKey;
  const open = React.useCallback((key: string): void => {
    if (!key) returnTo.current = shownArea.current;
    const url = new URL(window.location.href);
    if (key) url.searchParams.set(AREA_PARAM, key);
    else url.searchParams.delete(AREA_PARAM);
    window.history.pushState({}, '', url.toString());
    setAreaKey(key);
    window.scrollTo?.(0, 0);
  }, []);

  if (area) {
    return <AreaDetail area={area} catalogue={props.catalogue} settings={props.settings} env={props.env} onBack={() => open('')} />;
  }

  return (
    <Stack tokens={{ childrenGap: 16 }}>
      {areaKey && (
        <Notice kind="warning">{formatNodes(t.unknownArea, { key: <ListText>{areaKey}</ListText> })}</Notice>
      )}
      <Text as="p" block>
        {t.intro}
      </Text>
      <input
        type="search"
        className={css.search}
        placeholder={t.searchPlaceholder}
        aria-label={t.searchLabel}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
      />
      <Filters catalogue={props.catalogue} value={filters} onChange={setFilters} />
      <div role="status" aria-live="polite" style={{ color: theme.semanticColors.bodySubtext }}>
        {hits.length === 0
          ? t.noHits
          : hits.length === 1
            ? t.oneHit
            : shown.length < hits.length
              ? format(t.someHits, { count: hits.length, shown: shown.length })
              : format(t.hits, { count: hits.length })}
      </div>
      <ul ref={list} style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 12, gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))' }}>
        {shown.map((hit) => (
          <li key={hit.areaKey}>
            <AreaCard area={hit.area} facts={facts.get(hit.areaKey)!} query={query} onOpen={open} />
          </li>
        ))}
      </ul>
      {shown.length < hits.length && (
        <div>
          <button type="button" className={css.button} onClick={() => setMore({ search: searchKey, limit: limit + CARDS_AT_ONCE })}>
            {format(t.showMore, { more: Math.min(CARDS_AT_ONCE, hits.length - shown.length) })}
          </button>
        </div>
      )}
      <GeneralInfo catalogue={props.catalogue} settings={props.settings} />
    </Stack>
  );
}
