import * as React from 'react';
import type { AppProps } from '../shared/appTypes';
import { AppFrame } from '../../components/AppFrame';
import { useAsync } from '../../components/useAsync';
import { LoadError, Loading } from '../../components/LoadStates';
import { PagedOrders } from '../../components/PagedOrders';
import { defineStrings, useStrings } from '../shared/i18n';

const strings = defineStrings({
  sv: { loading: 'Hämtar dina avrop…', mine: 'Mina avrop', caption: 'Dina avrop, senaste först', empty: 'Du har inga avrop ännu.' },
  en: { loading: 'Loading your orders…', mine: 'My orders', caption: 'Your orders, newest first', empty: 'You have no orders yet.' }
});

/** Root of the Avrop web part: the signed-in person's own orders (the order form comes with the Avrop screens). */
export default function OrderApp(props: AppProps): JSX.Element {
  return (
    <AppFrame env={props.env}>
      <MyOrders {...props} />
    </AppFrame>
  );
}

function MyOrders(props: AppProps): JSX.Element {
  const t = useStrings(strings);
  const state = useAsync(async () => {
    const [user, catalogue] = await Promise.all([props.services.user.currentUser(), props.services.catalogue.load()]);
    return { user, catalogue };
  }, [props.services]);
  const load = React.useCallback(
    (page?: string) => (state.status === 'ready' ? props.services.orders.listMine(state.data.user.id, page) : Promise.resolve({ items: [] })),
    [state.status, props.services]
  );
  if (state.status === 'loading') return <Loading label={t.loading} />;
  if (state.status === 'error') return <LoadError error={state.error} onRetry={state.retry} />;
  return (
    <section data-app-ready="true">
      <h2 style={{ fontSize: 20, fontWeight: 600 }}>{t.mine}</h2>
      <PagedOrders load={load} catalogue={state.data.catalogue} caption={t.caption} empty={t.empty} />
    </section>
  );
}
