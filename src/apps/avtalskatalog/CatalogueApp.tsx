import * as React from 'react';
import type { AppProps } from '../shared/appTypes';
import type { AppServices } from '../shared/services';
import { AppFrame } from '../../components/AppFrame';
import { useAsync } from '../../components/useAsync';
import { LoadError, Loading } from '../../components/LoadStates';
import { useStrings } from '../../i18n/strings';
import { strings } from './strings';
import { Catalogue as CatalogueView } from './Catalogue';

/** All the catalogue uses: its web part loads nothing else (no orders, no user context). */
export type CatalogueServices = Pick<AppServices, 'catalogue'>;

/** Root of the Avtalskatalog web part: loads the catalogue in one round trip and shows it. */
export default function CatalogueApp(props: AppProps<CatalogueServices>): JSX.Element {
  return (
    <AppFrame env={props.env}>
      <CatalogueLoader {...props} />
    </AppFrame>
  );
}

function CatalogueLoader(props: AppProps<CatalogueServices>): JSX.Element {
  const t = useStrings(strings);
  const state = useAsync(() => props.services.catalogue.load(), [props.services]);
  if (state.status === 'loading') return <Loading label={t.loading} />;
  if (state.status === 'error') return <LoadError error={state.error} onRetry={state.retry} message={t.failed} />;
  return (
    <div data-app-ready="true">
      <CatalogueView catalogue={state.data} env={props.env} settings={props.settings} />
    </div>
  );
}
