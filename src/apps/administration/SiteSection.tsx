import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, Spinner, SpinnerSize, Stack } from '@fluentui/react';
import type { AppServices } from '../shared/services';
import type { SiteState } from '../../data/provisioning/siteState';
import { useStrings } from '../../i18n/strings';
import { FailureNotice } from './FailureNotice';
import { SetupPanel } from './SetupPanel';
import { SiteStateView } from './SiteState';
import { setupStrings } from './strings';

type Loaded = { status: 'loading'; previous?: SiteState } | { status: 'ready'; state: SiteState } | { status: 'error'; error: unknown };

/**
 * Setup (site owners) and the site state (everyone who can read it). After a setup run the state
 * is read again in place, and `onInstalled` tells the page, which reloads what depends on the lists.
 */
export function SiteSection(props: { services: AppServices; isOwner: boolean; onInstalled: () => void }): JSX.Element {
  const t = useStrings(setupStrings);
  const [loaded, setLoaded] = React.useState<Loaded>({ status: 'loading' });
  const [round, setRound] = React.useState(0);
  React.useEffect(() => {
    let live = true;
    setLoaded((current) => ({ status: 'loading', previous: current.status === 'ready' ? current.state : current.status === 'loading' ? current.previous : undefined }));
    props.services.inspectSite().then(
      (state) => live && setLoaded({ status: 'ready', state }),
      (error: unknown) => live && setLoaded({ status: 'error', error })
    );
    return () => {
      live = false;
    };
  }, [props.services, round]);
  const recheck = (): void => setRound((n) => n + 1);
  const afterSetup = (): void => {
    recheck();
    props.onInstalled();
  };
  // While it is read again, the last state stays on screen (the page does not jump).
  const shown = loaded.status === 'ready' ? loaded.state : loaded.status === 'loading' ? loaded.previous : undefined;

  return (
    <Stack tokens={{ childrenGap: 16 }}>
      {props.isOwner ? (
        <SetupPanel services={props.services} onDone={afterSetup} />
      ) : (
        <MessageBar messageBarType={MessageBarType.info} isMultiline>
          {t.notOwner}
        </MessageBar>
      )}
      {loaded.status === 'loading' && (
        <div role="status" aria-live="polite">
          <Spinner size={SpinnerSize.small} label={t.stateLoading} labelPosition="right" />
        </div>
      )}
      {loaded.status === 'error' && <FailureNotice error={loaded.error} onRetry={recheck} />}
      {shown && <SiteStateView state={shown} />}
      {shown && (
        <div>
          <DefaultButton text={t.recheck} onClick={recheck} disabled={loaded.status === 'loading'} />
        </div>
      )}
    </Stack>
  );
}
