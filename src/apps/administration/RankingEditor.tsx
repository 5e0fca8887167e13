// The rankings editor for list owners: every area with its suppliers in rank order and its
// health problems, reordered with Move up / Move down (keyboard and pointer alike; focus stays on
// the moved supplier), suppliers added, removed or set inactive, and each area saved at the
// version it was read. An edit made meanwhile in the SharePoint list is never overwritten: the
// save stops, the fresh ranking is shown and the owner's draft is kept.
import * as React from 'react';
import { Checkbox, DefaultButton, Dropdown, Label, MessageBar, MessageBarType, PrimaryButton, Stack, useTheme } from '@fluentui/react';
import { RankingConflictError, RankingEditorRepository, RankingLogError, RankingState } from '../../data/rankingRepository';
import { areaRankingProblems, sortAreas } from '../../domain/ranking';
import type { Catalogue } from '../../domain/types';
import { format, formatNodes, useStrings } from '../../i18n/strings';
import { ListText } from '../../components/ListText';
import { WithSiteNames } from '../../components/SiteNames';
import { ErrorText } from '../../components/MessageText';
import { ProblemList } from './RankingHealth';
import { addSupplier, AreaDraft, draftFrom, isChanged, move, removeAt } from './rankingEditorModel';
import { editorStrings } from './rankingEditorStrings';

/** A button's text with marked names in it, as one block like Fluent's own label, so that it wraps at 360 px. */
function ButtonLabel(props: { children: React.ReactNode }): JSX.Element {
  return <span style={{ display: 'block', margin: '0 4px' }}>{props.children}</span>;
}

type Notice = { kind: 'saved' | 'conflict' | 'conflictPartly' | 'logFailed' | 'failed'; error?: unknown };

/** The catalogue with Rangordning and Leverantörer as the editor last read them. */
function catalogueOf(base: Catalogue, state: RankingState): Catalogue {
  return {
    ...base,
    suppliers: state.suppliers.map((s) => ({ key: s.key, name: s.name, active: s.active, email: s.email })),
    rankings: state.rows.map((r) => ({ areaKey: r.areaKey, supplierKey: r.supplierKey, rank: r.rank }))
  };
}

export function RankingEditor(props: { catalogue: Catalogue; rankings: RankingEditorRepository }): JSX.Element {
  const t = useStrings(editorStrings);
  const [state, setState] = React.useState<RankingState | undefined>();
  const [loadError, setLoadError] = React.useState(false);
  React.useEffect(() => {
    let live = true;
    props.rankings.state(true).then(
      (s) => live && setState(s),
      () => live && setLoadError(true)
    );
    return () => {
      live = false;
    };
  }, [props.rankings]);
  if (loadError) return <MessageBar messageBarType={MessageBarType.warning}>{t.unavailable}</MessageBar>;
  if (!state) return <p>{t.loading}</p>;
  const catalogue = catalogueOf(props.catalogue, state);
  return (
    <section aria-labelledby="ranking-editor-heading" data-ranking-editor="true">
      <h3 id="ranking-editor-heading" style={{ fontSize: 18, fontWeight: 600 }}>
        {t.heading}
      </h3>
      <p>
        <WithSiteNames text={t.intro} />
      </p>
      <Stack tokens={{ childrenGap: 24 }}>
        {sortAreas(catalogue.areas)
          .filter((a) => a.status !== 'Avslutad')
          .map((area) => (
            <AreaEditor key={area.key} areaKey={area.key} areaTitle={area.title} state={state} catalogue={catalogue} rankings={props.rankings} onState={setState} />
          ))}
      </Stack>
    </section>
  );
}

interface AreaProps {
  areaKey: string;
  areaTitle: string;
  state: RankingState;
  catalogue: Catalogue;
  rankings: RankingEditorRepository;
  onState: (state: RankingState) => void;
}

function AreaEditor(props: AreaProps): JSX.Element {
  const t = useStrings(editorStrings);
  const theme = useTheme();
  const { areaKey, areaTitle, state } = props;
  const saved = React.useMemo(() => draftFrom(state, areaKey), [state, areaKey]);
  const [draft, setDraft] = React.useState<AreaDraft>(saved);
  // The state the draft was made against: a save goes over exactly this version.
  const [basis, setBasis] = React.useState<RankingState>(state);
  const [saving, setSaving] = React.useState(false);
  const [notice, setNotice] = React.useState<Notice | undefined>();
  const [announcement, setAnnouncement] = React.useState('');
  const [adding, setAdding] = React.useState('');
  const [focusTarget, setFocusTarget] = React.useState<string | undefined>();
  const buttons = React.useRef(new Map<string, HTMLElement>());
  const noticeRef = React.useRef<HTMLDivElement>(null);

  React.useEffect(() => {
    if (!focusTarget) return;
    buttons.current.get(focusTarget)?.focus();
    setFocusTarget(undefined);
  }, [focusTarget]);
  React.useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const nameOf = (key: string): string => state.suppliers.find((s) => s.key === key)?.name ?? key;
  const activeOf = (key: string): boolean => (key in draft.activeChanges ? draft.activeChanges[key] : state.suppliers.find((s) => s.key === key)?.active ?? false);
  const problems = areaRankingProblems(areaKey, props.catalogue);
  const candidates = state.suppliers.filter((s) => draft.supplierKeys.indexOf(s.key) < 0).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const changed = isChanged(draft, saved);

  const moveBy = (index: number, by: -1 | 1): void => {
    const key = draft.supplierKeys[index];
    const next = move(draft.supplierKeys, index, by);
    setDraft({ ...draft, supplierKeys: next });
    const at = next.indexOf(key);
    // Focus stays on the moved supplier: on the same button, or the other one at the top or bottom.
    const direction = (by === -1 && at === 0) || (by === 1 && at === next.length - 1) ? (by === -1 ? 'down' : 'up') : by === -1 ? 'up' : 'down';
    setFocusTarget(`${key}|${direction}`);
    setAnnouncement(format(t.moved, { supplier: nameOf(key), rank: at + 1 }));
    setNotice(undefined);
  };

  const save = async (): Promise<void> => {
    setSaving(true);
    setNotice(undefined);
    try {
      const fresh = await props.rankings.save(basis, { areaKey, supplierKeys: draft.supplierKeys, activeChanges: draft.activeChanges });
      props.onState(fresh);
      setBasis(fresh);
      setDraft(draftFrom(fresh, areaKey));
      setNotice({ kind: 'saved' });
    } catch (error) {
      if (error instanceof RankingConflictError) {
        // Fresh data for everyone, the owner's draft kept.
        props.onState(error.fresh);
        setBasis(error.fresh);
        setNotice({ kind: error.writtenAny ? 'conflictPartly' : 'conflict' });
      } else if (error instanceof RankingLogError) {
        setNotice({ kind: 'logFailed' });
      } else {
        setNotice({ kind: 'failed', error });
      }
    } finally {
      setSaving(false);
    }
  };

  const ref = (id: string) => (el: HTMLElement | null) => {
    if (el) buttons.current.set(id, el);
    else buttons.current.delete(id);
  };
  const headingId = `ranking-area-${areaKey}`;
  return (
    <section aria-labelledby={headingId} data-area-editor={areaKey} style={{ borderTop: `1px solid ${theme.palette.neutralLight}`, paddingTop: 8 }}>
      <h4 id={headingId} style={{ fontSize: 16, fontWeight: 600, margin: '4px 0' }}>
        {formatNodes(t.areaLabel, { area: <ListText>{areaTitle}</ListText> })}
      </h4>
      {problems.length > 0 && (
        <MessageBar messageBarType={problems.some((p) => p.blocking) ? MessageBarType.error : MessageBarType.warning} isMultiline>
          <ProblemList problems={problems} />
        </MessageBar>
      )}
      {draft.supplierKeys.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ol style={{ listStyle: 'none', padding: 0, margin: '8px 0' }}>
          {draft.supplierKeys.map((key, index) => {
            const name = nameOf(key);
            const active = activeOf(key);
            return (
              <li key={key} data-supplier={key} style={{ padding: '6px 0', borderBottom: `1px solid ${theme.palette.neutralLighter}` }}>
                <div style={{ fontWeight: 600 }}>
                  {format(t.rank, { rank: index + 1 })}: <ListText>{name}</ListText>
                  {!active && <span style={{ fontWeight: 400 }}> ({t.inactive})</span>}
                </div>
                <Stack horizontal wrap tokens={{ childrenGap: 8 }} verticalAlign="center" style={{ marginTop: 4 }}>
                  <DefaultButton
                    elementRef={ref(`${key}|up`)}
                    text={t.up}
                    ariaLabel={format(t.moveUp, { supplier: name })}
                    disabled={index === 0 || saving}
                    onClick={() => moveBy(index, -1)}
                    data-move="up"
                  />
                  <DefaultButton
                    elementRef={ref(`${key}|down`)}
                    text={t.down}
                    ariaLabel={format(t.moveDown, { supplier: name })}
                    disabled={index === draft.supplierKeys.length - 1 || saving}
                    onClick={() => moveBy(index, 1)}
                    data-move="down"
                  />
                  <DefaultButton
                    disabled={saving}
                    onClick={() => {
                      setDraft({ ...draft, supplierKeys: removeAt(draft.supplierKeys, index) });
                      setNotice(undefined);
                    }}
                  >
                    <ButtonLabel>{formatNodes(t.remove, { supplier: <ListText>{name}</ListText>, area: <ListText>{areaTitle}</ListText> })}</ButtonLabel>
                  </DefaultButton>
                  <Checkbox
                    label={`${t.active}: ${name}`}
                    onRenderLabel={() => (
                      <span className="ms-Checkbox-text" style={{ marginLeft: 4 }}>
                        {t.active}: <ListText>{name}</ListText>
                      </span>
                    )}
                    checked={active}
                    disabled={saving}
                    onChange={(_e, checked) => {
                      const original = state.suppliers.find((s) => s.key === key)?.active ?? true;
                      const activeChanges = { ...draft.activeChanges };
                      if (!!checked === original) delete activeChanges[key];
                      else activeChanges[key] = !!checked;
                      setDraft({ ...draft, activeChanges });
                    }}
                  />
                </Stack>
              </li>
            );
          })}
        </ol>
      )}
      <Stack horizontal wrap tokens={{ childrenGap: 8 }} verticalAlign="end">
        <Dropdown
          label={format(t.addLabel, { area: areaTitle })}
          onRenderLabel={(p) => (
            <Label id={p?.id ? `${p.id}-label` : undefined} htmlFor={p?.id} disabled={p?.disabled}>
              {formatNodes(t.addLabel, { area: <ListText>{areaTitle}</ListText> })}
            </Label>
          )}
          placeholder={t.addPlaceholder}
          options={candidates.map((s) => ({ key: s.key, text: s.name }))}
          onRenderOption={(o) => <ListText>{o?.text}</ListText>}
          onRenderTitle={(o) => <ListText>{o?.map((x) => x.text).join(', ')}</ListText>}
          selectedKey={adding || null}
          onChange={(_e, option) => setAdding(option ? String(option.key) : '')}
          styles={{ root: { minWidth: 200, maxWidth: 320 } }}
          disabled={saving}
        />
        <DefaultButton
          text={t.add}
          disabled={!adding || saving}
          onClick={() => {
            setDraft({ ...draft, supplierKeys: addSupplier(draft.supplierKeys, adding) });
            setAdding('');
          }}
        />
      </Stack>
      <div role="status" aria-live="polite" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
        {announcement}
      </div>
      <div ref={noticeRef} tabIndex={-1} style={{ outline: 'none', marginTop: 8 }} data-editor-notice={notice?.kind ?? ''}>
        {notice && (
          <MessageBar messageBarType={notice.kind === 'saved' ? MessageBarType.success : notice.kind === 'logFailed' ? MessageBarType.warning : MessageBarType.error} isMultiline>
            {formatNodes(t[notice.kind], { area: <ListText>{areaTitle}</ListText>, message: notice.error !== undefined ? <ErrorText error={notice.error} /> : '' })}
          </MessageBar>
        )}
      </div>
      <Stack horizontal wrap tokens={{ childrenGap: 8 }} style={{ marginTop: 8 }}>
        <PrimaryButton disabled={!changed || saving} onClick={() => void save()} data-save-area={areaKey}>
          <ButtonLabel>{saving ? t.saving : formatNodes(t.save, { area: <ListText>{areaTitle}</ListText> })}</ButtonLabel>
        </PrimaryButton>
        <DefaultButton
          text={t.undo}
          disabled={!changed || saving}
          onClick={() => {
            setDraft(saved);
            setBasis(state);
            setNotice(undefined);
          }}
        />
        {changed && <span style={{ alignSelf: 'center' }}>{t.unsaved}</span>}
      </Stack>
    </section>
  );
}
