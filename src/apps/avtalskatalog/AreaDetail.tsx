import * as React from 'react';
import { FontIcon, Link, Stack, useTheme } from '@fluentui/react';
import { controlClasses } from '../../components/controlStyles';
import { Notice } from '../../components/Notice';
import type { AgreementArea, Catalogue } from '../../domain/types';
import { rankedSuppliers } from '../../domain/ranking';
import { areaOrderingProblem } from '../../domain/orderability';
import type { AppEnvironment, AppSettings } from '../shared/appTypes';
import { format, formatNodes, useStrings } from '../../i18n/strings';
import { ListText } from '../../components/ListText';
import { MessageText } from '../../components/MessageText';
import { strings } from './strings';
import { Paragraphs } from './Paragraphs';

interface Props {
  area: AgreementArea;
  catalogue: Catalogue;
  settings: AppSettings;
  env: AppEnvironment;
  onBack: () => void;
}

function orderHref(settings: AppSettings, areaKey: string): string {
  const base = settings.orderPageUrl || '';
  const separator = base.includes('?') ? '&' : '?';
  return `${base}${separator}omrade=${encodeURIComponent(areaKey)}`;
}

export function AreaDetail(props: Props): JSX.Element {
  const t = useStrings(strings);
  const theme = useTheme();
  const css = controlClasses(theme);
  const { area, catalogue } = props;
  const heading = React.useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = React.useState(false);
  const suppliers = rankedSuppliers(area.key, catalogue);
  const trainingAreas = catalogue.trainingAreas.filter((x) => x.areaKey === area.key).sort((a, b) => a.sortOrder - b.sortOrder);
  const courses = catalogue.courses.filter((c) => c.areaKey === area.key && c.kind === 'Kurs').sort((a, b) => a.sortOrder - b.sortOrder);
  const earlier = catalogue.courses.filter((c) => c.areaKey === area.key && c.kind === 'Tidigare utbildning').sort((a, b) => a.sortOrder - b.sortOrder);
  const problem = areaOrderingProblem(area.key, catalogue);

  // Moving focus to the heading tells screen reader users that the view changed.
  React.useEffect(() => heading.current?.focus(), [area.key]);

  const copyLink = async (): Promise<void> => {
    const url = new URL(props.env.pageUrl);
    url.searchParams.set('omrade', area.key);
    const link = props.env.teamsDeepLink ? props.env.teamsDeepLink(area.key) : url.toString();
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      // Without clipboard access (e.g. an embedded Teams tab) the person can copy it by hand.
      window.prompt(t.copyLink, link);
    }
  };

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <div>
        <button type="button" className={css.quietButton} onClick={props.onBack}>
          <FontIcon iconName="Back" aria-hidden="true" />
          {t.back}
        </button>
      </div>
      <h2 ref={heading} tabIndex={-1} style={{ fontSize: 24, fontWeight: 600, margin: 0, outline: 'none' }}>
        <ListText>{area.title}</ListText>
      </h2>
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        {!problem && (
          <a className={css.primaryLink} href={orderHref(props.settings, area.key)}>
            {formatNodes(t.order, { area: <ListText>{area.title}</ListText> })}
          </a>
        )}
        <button type="button" className={css.quietButton} onClick={copyLink}>
          <FontIcon iconName="Link" aria-hidden="true" />
          {t.copyLink}
        </button>
      </Stack>
      <div role="status" aria-live="polite">
        {copied ? (props.env.teamsDeepLink ? t.teamsLinkCopied : t.linkCopied) : ''}
      </div>
      {problem && (
        <Notice kind="info">{area.status === 'Kommer' ? t.comingSoon : <MessageText text={problem.text} />}</Notice>
      )}
      {area.notes && (
        <Notice kind="info">
          <Paragraphs text={area.notes} />
        </Notice>
      )}
      {area.about && (
        <section>
          <h3>{t.about}</h3>
          <Paragraphs text={area.about} />
        </section>
      )}
      {suppliers.length > 0 && (
        <section>
          <h3>{t.suppliers}</h3>
          <p>{t.rankingExplained}</p>
          <ol style={{ paddingLeft: 24 }}>
            {suppliers.map((s) => (
              <li key={s.supplierKey} style={{ margin: '4px 0' }}>
                <span style={{ fontWeight: s.rank === 1 ? 600 : 400 }}>
                  <ListText>{s.supplierName}</ListText>
                </span>
                <span style={{ color: theme.semanticColors.bodySubtext }}> ({format(t.rankLabel, { rank: s.rank })})</span>
              </li>
            ))}
          </ol>
        </section>
      )}
      {area.targetAudience && (
        <section>
          <h3>{t.audience}</h3>
          <Paragraphs text={area.targetAudience} />
        </section>
      )}
      {trainingAreas.length > 0 && (
        <section>
          <h3>{t.trainingAreas}</h3>
          <p>{t.trainingAreasNote}</p>
          {trainingAreas.map((ta) => (
            <div key={ta.key}>
              <h4 style={{ margin: '12px 0 4px' }}>
                <ListText>{ta.title}</ListText>
              </h4>
              <Paragraphs text={ta.description} />
            </div>
          ))}
        </section>
      )}
      {courses.length > 0 && (
        <section>
          <h3>{t.courses}</h3>
          {courses.map((c) => (
            <div key={c.key}>
              <h4 style={{ margin: '12px 0 4px' }}>
                <ListText>
                  {c.title} {c.code && `(${c.code})`}
                </ListText>
              </h4>
              {c.requirement && (
                <p>
                  <ListText>{c.requirement}</ListText>
                </p>
              )}
              <Paragraphs text={c.description} />
              {c.link && (
                <p>
                  <Link href={c.link} target="_blank" rel="noopener">
                    <ListText>{c.title}</ListText>
                    {' – '}
                    <ListText>{t.larportalen}</ListText>
                  </Link>
                </p>
              )}
            </div>
          ))}
        </section>
      )}
      {earlier.length > 0 && (
        <section>
          <h3>{t.earlier}</h3>
          <ul>
            {earlier.map((c) => (
              <li key={c.key}>
                <ListText>{c.title}</ListText>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Stack>
  );
}
