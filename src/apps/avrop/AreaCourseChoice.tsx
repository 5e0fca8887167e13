// The choice of agreement area, with who receives the order, its training areas and its courses.
import * as React from 'react';
import { Checkbox, Dropdown, IDropdownOption, MessageBar, MessageBarType, Stack, useTheme } from '@fluentui/react';
import { ListText } from '../../components/ListText';
import { MessageText } from '../../components/MessageText';
import type { AgreementArea, Catalogue, RankedSupplier } from '../../domain/types';
import { courseGuidanceMessages } from '../../domain/validation';
import { format, formatNodes, useStrings } from '../../i18n/strings';
import { FieldBinding, FieldGroup, useFieldProps } from './fields';
import { areaChoices, courseName } from './formModel';
import { strings } from './strings';
import { UnavailableAreas } from './UnavailableAreas';
import type { OrderFormState } from './useOrderForm';

const NO_COURSE = '__none__';

type AreaForm = FieldBinding & Pick<OrderFormState, 'idBase' | 'changeArea' | 'toggle' | 'linkedProblem'>;

export function AreaCourseChoice(props: { form: AreaForm; catalogue: Catalogue; linkedAreaKey: string }): JSX.Element {
  const t = useStrings(strings);
  const { form, catalogue } = props;
  const field = useFieldProps(form);
  const { areas, area, trainingAreas, courses, course, ranking } = areaChoices(catalogue, form.values);
  const areaOptions: IDropdownOption[] = areas.map((a) => ({ key: a.key, text: a.title }));
  const courseOptions: IDropdownOption[] = [{ key: NO_COURSE, text: t.courseNone, data: { ui: true } }, ...courses.map((c) => ({ key: c.key, text: courseName(c) }))];
  const linkedProblem = form.linkedProblem;
  return (
    <>
      {linkedProblem && !area && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {linkedProblem.code === 'unknown-area' ? (
            // The problem's own advice ("choose an area in the list") is the advice; saying it twice reads as a loop.
            formatNodes(t.areaLinkUnknown, { key: <ListText>{props.linkedAreaKey}</ListText> })
          ) : (
            <>
              {t.areaFromLink} <MessageText text={linkedProblem.text} /> {t.areaChooseAnother}
            </>
          )}
        </MessageBar>
      )}
      <Dropdown
        {...field.choice('areaKey')}
        label={t.areaLabel}
        placeholder={t.areaPlaceholder}
        required
        options={areaOptions}
        selectedKey={area ? area.key : null}
        onChange={(_e, option) => form.changeArea(option ? String(option.key) : '')}
        onBlur={() => form.touch('areaKey')}
      />
      <UnavailableAreas catalogue={catalogue} />
      {area && ranking.length > 0 && <SupplierRanking id={`${form.idBase}-ranking`} area={area} ranking={ranking} />}
      {trainingAreas.length > 0 && (
        <FieldGroup id={form.fieldId('trainingAreaKeys')} legend={t.trainingAreasLegend} hint={t.trainingAreasHint} errors={form.errorsOf('trainingAreaKeys')}>
          <Stack tokens={{ childrenGap: 8 }}>
            {trainingAreas.map((ta) => (
              <Checkbox
                key={ta.key}
                label={ta.title}
                onRenderLabel={() => (
                  <span className="ms-Checkbox-text" style={{ marginLeft: 4 }}>
                    <ListText>{ta.title}</ListText>
                  </span>
                )}
                checked={form.values.trainingAreaKeys.indexOf(ta.key) >= 0}
                onChange={(_e, checked) => form.toggle('trainingAreaKeys', ta.key, !!checked)}
              />
            ))}
          </Stack>
        </FieldGroup>
      )}
      {courses.length > 0 && (
        <Dropdown
          {...field.choice('courseKey')}
          label={t.courseLabel}
          options={courseOptions}
          selectedKey={course ? course.key : NO_COURSE}
          onChange={(_e, option) => {
            form.change('courseKey', option && option.key !== NO_COURSE ? String(option.key) : '');
            form.touch('courseKey');
          }}
        />
      )}
      {course && courseGuidanceMessages(course).length > 0 && (
        <MessageBar messageBarType={MessageBarType.info} isMultiline>
          <strong>{formatNodes(t.courseGuidance, { course: <ListText>{course.code || course.title}</ListText> })}</strong>
          {courseGuidanceMessages(course).map((text, i) => (
            <span key={i}>
              {' '}
              <MessageText text={text} />
            </span>
          ))}
        </MessageBar>
      )}
    </>
  );
}

/** Who gets the order first, and who next when a supplier declines or does not answer in time. */
function SupplierRanking(props: { id: string; area: AgreementArea; ranking: RankedSupplier[] }): JSX.Element {
  const t = useStrings(strings);
  const theme = useTheme();
  const { ranking } = props;
  return (
    <section aria-labelledby={props.id} style={{ background: theme.palette.neutralLighterAlt, padding: '8px 12px' }}>
      <h4 id={props.id} style={{ margin: '4px 0', fontSize: 15 }}>
        {t.rankingHeading}
      </h4>
      <p style={{ margin: '4px 0' }}>
        <strong>{formatNodes(t.rankingFirst, { supplier: <ListText>{ranking[0].supplierName}</ListText> })}</strong>{' '}
        {ranking.length > 1 ? format(t.rankingThen, { hours: props.area.responseHours }) : t.rankingOnly}
      </p>
      {ranking.length > 1 && (
        <ol style={{ margin: '4px 0', paddingLeft: 24 }}>
          {ranking.map((r) => (
            <li key={r.supplierKey}>
              <ListText>{r.supplierName}</ListText> ({format(t.rankLabel, { rank: r.rank })})
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
