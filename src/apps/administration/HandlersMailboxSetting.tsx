// The handlers' shared mailbox, set by the site owner: where new orders are announced and
// call-off requests are copied (src/data/installationSettings.ts keeps it).
import * as React from 'react';
import { MessageBar, MessageBarType, PrimaryButton, Stack, TextField } from '@fluentui/react';
import type { AppServices } from '../shared/services';
import { mailAddress } from '../../domain/notifications';
import { useAsync } from '../../components/useAsync';
import { format, formatNodes, useStrings } from '../../i18n/strings';
import { ErrorText } from '../../components/MessageText';
import { strings } from './strings';

type Saved = { kind: 'saved'; address: string } | { kind: 'failed'; error: unknown } | undefined;

export function HandlersMailboxSetting(props: { services: AppServices; canEdit: boolean }): JSX.Element {
  const t = useStrings(strings);
  const state = useAsync(() => props.services.notifications.handlersMailbox(), [props.services]);
  const [value, setValue] = React.useState<string | undefined>();
  const [invalid, setInvalid] = React.useState(false);
  const [saving, setSaving] = React.useState(false);
  const [saved, setSaved] = React.useState<Saved>();
  const current = state.status === 'ready' ? state.data : '';
  const shown = value ?? current;

  const save = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault();
    if (saving) return;
    const address = mailAddress(shown);
    setInvalid(!address);
    setSaved(undefined);
    if (!address) return;
    setSaving(true);
    try {
      await props.services.notifications.setHandlersMailbox(address);
      setSaved({ kind: 'saved', address });
      setValue(address);
    } catch (error) {
      setSaved({ kind: 'failed', error });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { maxWidth: 560 } }}>
      <p style={{ margin: 0 }}>{t.mailboxIntro}</p>
      {state.status === 'ready' && !current && !saved && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {t.mailboxUnset}
        </MessageBar>
      )}
      {props.canEdit ? (
        <form onSubmit={(e) => void save(e)} noValidate>
          <Stack tokens={{ childrenGap: 8 }}>
            <TextField
              label={t.mailboxLabel}
              description={t.mailboxDescription}
              type="email"
              autoComplete="email"
              value={shown}
              onChange={(_e, next) => {
                setValue(next ?? '');
                setInvalid(false);
              }}
              errorMessage={invalid ? t.mailboxInvalid : undefined}
              disabled={state.status === 'loading'}
            />
            <div>
              <PrimaryButton type="submit" text={saving ? t.mailboxSaving : t.mailboxSave} disabled={saving || state.status === 'loading'} />
            </div>
          </Stack>
        </form>
      ) : (
        <p style={{ margin: 0 }}>
          {current ? `${t.mailboxLabel}: ${current}. ` : ''}
          {t.mailboxOwnersOnly}
        </p>
      )}
      <div role="status" aria-live="polite">
        {saved?.kind === 'saved' && (
          <MessageBar messageBarType={MessageBarType.success} isMultiline>
            {format(t.mailboxSaved, { address: saved.address })}
          </MessageBar>
        )}
        {saved?.kind === 'failed' && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline>
            {formatNodes(t.mailboxFailed, { message: <ErrorText error={saved.error} /> })}
          </MessageBar>
        )}
      </div>
    </Stack>
  );
}
