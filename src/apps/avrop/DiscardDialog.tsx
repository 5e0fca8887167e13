// Asks before the form and its draft are thrown away.
import * as React from 'react';
import { DefaultButton, Dialog, DialogFooter, DialogType, PrimaryButton } from '@fluentui/react';
import { useStrings } from '../../i18n/strings';
import { strings } from './strings';

export function DiscardDialog(props: { hidden: boolean; onDiscard: () => void; onKeep: () => void }): JSX.Element {
  const t = useStrings(strings);
  return (
    <Dialog
      hidden={props.hidden}
      onDismiss={props.onKeep}
      dialogContentProps={{ type: DialogType.normal, title: t.discardTitle, subText: t.discardText }}
      modalProps={{ isBlocking: true }}
    >
      <DialogFooter>
        <PrimaryButton text={t.discardConfirm} onClick={props.onDiscard} />
        <DefaultButton text={t.discardKeep} onClick={props.onKeep} />
      </DialogFooter>
    </Dialog>
  );
}
