import { Field, Input, Select, Textarea } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import { db } from '../../../db/database';
import { saveResolution } from '../../../db/repositories/minutes';
import { resolutionVerbs, type Resolution, type ResolutionVerb } from '../../../domain/model';
import type { HouseStyle } from '../../../domain/house-style';
import { printedResolution, resolutionFromLines, resolutionToLines } from '../../../domain/resolution-text';
import { resolutionLabel } from '../../../documents/common/resolution';
import { ErrorMessage } from '../../common/error-message';
import { useAutosave } from '../../common/use-autosave';
import { writesSettled } from '../../common/write-through';
import { useLiveStyles } from './live-styles';
import { storedKey } from './stored-keys';
import { takeResolutionPhrases } from './resolution-phrase';
import { resolutionLinesAfterPhrase } from '../../../domain/phrases';
import { useSignedCorrection } from '../minutes-approval/signed-correction';

type Draft = { verb: ResolutionVerb; recommendedTo: string; lines: string };

/** The resolution: AGREED, RESOLVED or RECOMMENDED (to a body), one sentence or clauses (1), (2) with sub-clauses. */
export function ResolutionSection({
  minuteId,
  title,
  style,
}: {
  minuteId: string;
  title: string;
  /** The meeting's house style, so the resolution reads here as it will print. */
  style: HouseStyle;
}) {
  // The answer carries the minute it is for: while a new item's read is on its way, the hook still hands back
  // the last item's answer, and a box started from it wrote one item's resolution over another's.
  // Read once this window's writes to it are stored, so the box never starts from words a moment old.
  const [settledFor, setSettledFor] = useState<string>();
  useEffect(() => {
    let current = true;
    void writesSettled(storedKey.resolution(minuteId)).then(() => {
      if (current) setSettledFor(minuteId);
    });
    return () => {
      current = false;
    };
  }, [minuteId]);
  const found = useLiveQuery(
    async () =>
      settledFor === minuteId
        ? {
            minuteId,
            resolution: (await db.resolutions.where('minuteId').equals(minuteId).sortBy('order'))[0] ?? null,
          }
        : undefined,
    [minuteId, settledFor],
  );
  if (found?.minuteId !== minuteId) return null;
  return (
    <ResolutionFields
      key={minuteId}
      minuteId={minuteId}
      title={title}
      resolution={found.resolution}
      style={style}
    />
  );
}

function ResolutionFields({
  minuteId,
  title,
  resolution,
  style,
}: {
  minuteId: string;
  title: string;
  resolution: Resolution | null;
  style: HouseStyle;
}) {
  const live = useLiveStyles();
  const [draft, setDraft] = useState<Draft>(() => ({
    verb: resolution?.verb ?? 'agreed',
    recommendedTo: resolution?.recommendedTo ?? '',
    lines: resolution ? resolutionToLines(resolution) : '',
  }));
  const correction = useSignedCorrection();
  const save = useCallback(
    async (value: Draft) => {
      if (!resolution && !value.lines.trim()) return;
      await saveResolution(
        minuteId,
        {
          verb: value.verb,
          recommendedTo: value.recommendedTo.trim(),
          ...resolutionFromLines(value.lines),
        },
        correction,
      );
    },
    [minuteId, resolution, correction],
  );
  const problem = useAutosave(draft, save, storedKey.resolution(minuteId));
  // A resolution phrase used on this minute (Alt+1, say) fills this box, and is stored as typing is.
  useEffect(
    () =>
      takeResolutionPhrases(minuteId, (phrase) =>
        setDraft((before) => ({
          ...before,
          verb: phrase.verb ?? 'resolved',
          lines: resolutionLinesAfterPhrase(before.lines, phrase.text),
        })),
      ),
    [minuteId],
  );
  const printed = draft.lines.trim()
    ? printedResolution(
        resolutionLabel({ verb: draft.verb, recommendedTo: draft.recommendedTo }),
        resolutionFromLines(draft.lines),
        style.resolvedForm,
      )
    : undefined;
  return (
    <section className={live.section} aria-label="Resolution">
      <h3 className={live.sectionTitle}>
        Resolution <span className={live.key}>Alt+R</span>
      </h3>
      <ErrorMessage error={problem} title="Not stored yet" />
      <div className={live.row}>
        <Field label="Wording">
          <Select
            data-live-focus="resolution"
            value={draft.verb}
            onChange={(_, data) => setDraft({ ...draft, verb: data.value as ResolutionVerb })}
          >
            {Object.entries(resolutionVerbs).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
        {draft.verb === 'recommended' ? (
          <Field label="Recommended to (body)">
            <Input
              value={draft.recommendedTo}
              onChange={(_, data) => setDraft({ ...draft, recommendedTo: data.value })}
            />
          </Field>
        ) : null}
      </div>
      <Field
        label={`Resolution for ${title}`}
        hint="One line for one sentence. Several lines become clauses (1), (2)…; start a line with - for a sub-clause (a), (b)."
      >
        <Textarea
          resize="vertical"
          rows={4}
          value={draft.lines}
          onChange={(_, data) => setDraft({ ...draft, lines: data.value })}
        />
      </Field>
      {printed ? (
        <div aria-label="Resolution as it will print" className={live.hint}>
          <strong>{printed.lead}</strong>
          {printed.clauses.map((clause) => (
            <div key={clause.marker}>
              {clause.marker} {clause.text}
              {clause.subClauses.map((sub) => (
                <div key={sub.marker} style={{ paddingLeft: '2rem' }}>
                  {sub.marker} {sub.text}
                </div>
              ))}
            </div>
          ))}
        </div>
      ) : null}
    </section>
  );
}
