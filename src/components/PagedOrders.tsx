import * as React from 'react';
import { DefaultButton, Stack } from '@fluentui/react';
import type { Page, PageToken, StoredOrder } from '../data/ports';
import type { Catalogue } from '../domain/types';
import { defineStrings, useStrings } from '../i18n/strings';
import { EmptyState, LoadError, Loading } from './LoadStates';
import { OrderTable } from './OrderTable';

const strings = defineStrings({
  sv: { more: 'Visa fler', loading: 'Hämtar avrop…' },
  en: { more: 'Show more', loading: 'Loading orders…' }
});

/** Loads orders page by page (the lists are paged and indexed; never everything at once). */
export function PagedOrders(props: { load: (page?: PageToken) => Promise<Page<StoredOrder>>; catalogue?: Catalogue; caption: string; empty: string }): JSX.Element {
  const t = useStrings(strings);
  const [orders, setOrders] = React.useState<StoredOrder[]>([]);
  const [next, setNext] = React.useState<PageToken | undefined>();
  const [state, setState] = React.useState<'loading' | 'ready' | 'error'>('loading');
  const [error, setError] = React.useState<Error | undefined>();

  const fetchPage = React.useCallback(
    async (token?: PageToken) => {
      setState('loading');
      try {
        const page = await props.load(token);
        setOrders((current) => (token ? [...current, ...page.items] : page.items));
        setNext(page.next);
        setState('ready');
      } catch (e) {
        setError(e as Error);
        setState('error');
      }
    },
    [props.load]
  );

  React.useEffect(() => {
    void fetchPage();
  }, [fetchPage]);

  if (state === 'error' && error) return <LoadError error={error} onRetry={() => fetchPage(orders.length ? next : undefined)} />;
  if (state === 'loading' && orders.length === 0) return <Loading label={t.loading} />;
  if (orders.length === 0) return <EmptyState title={props.empty} />;
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <OrderTable orders={orders} catalogue={props.catalogue} caption={props.caption} />
      {next && (
        <div>
          <DefaultButton text={t.more} onClick={() => fetchPage(next)} disabled={state === 'loading'} />
        </div>
      )}
    </Stack>
  );
}
