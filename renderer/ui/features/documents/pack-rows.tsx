import { Badge, Text } from '@fluentui/react-components';
import { useCallback, useEffect } from 'react';
import { preloadPackWorker } from '../../../db/pack-worker';
import type { PackProgress } from '../../../documents/agenda-pack';
import type { PackBuilder, PackKind } from './pack-build';
import { packTitle, savePack } from './pack-build';
import { DocumentBuildRow } from './document-build-row';
import { PageCounts } from './page-counts';
import type { PapersSummary } from './use-papers-summary';

function PackRow({
  meetingId,
  pack,
  about,
  buildPack,
}: {
  meetingId: string;
  pack: PackKind;
  about: string;
  buildPack?: PackBuilder;
}) {
  const title = packTitle(pack);
  const build = useCallback(
    (onProgress: (progress: PackProgress) => void) => savePack(meetingId, pack, onProgress, buildPack),
    [meetingId, pack, buildPack],
  );
  return (
    <DocumentBuildRow
      title={title}
      about={about}
      action={`Save ${title.charAt(0).toLowerCase()}${title.slice(1)} (.docx)`}
      build={build}
      badge={pack.audience === 'private' ? <Badge color="danger">Not for publication</Badge> : undefined}
    />
  );
}

const publicAgenda: PackKind = { audience: 'public', edition: 'agenda' };
const privateAgenda: PackKind = { audience: 'private', edition: 'agenda' };
const publicSupplement: PackKind = { audience: 'public', edition: 'supplementary' };
const privateSupplement: PackKind = { audience: 'private', edition: 'supplementary' };

/**
 * The printed packs: the public one always; the members' private pack only when something is exempt; the
 * supplementary packs once a paper that was To Follow has arrived after publication.
 */
export function PackRows({ summary, buildPack }: { summary: PapersSummary; buildPack?: PackBuilder }) {
  const meetingId = summary.meeting.id;
  // The pack's worker is started and warmed as the tab opens, while the clerk reads it: the first press then runs
  // warm code, as a later press does (db/pack-worker/warm-up.ts). Not at the page's idle: the worker fetches,
  // compiles and warms on its own thread, and a press soon after the tab opened came before that idle moment.
  // A test's builder needs none.
  useEffect(() => {
    if (!buildPack) preloadPackWorker();
  }, [buildPack]);
  const stillToFollow =
    summary.toFollow > 0
      ? ` ${summary.toFollow} ${summary.toFollow === 1 ? 'paper is' : 'papers are'} still printed “(To Follow)”.`
      : '';
  return (
    <section aria-label="Agenda packs">
      <h2>Agenda packs</h2>
      <PackRow
        meetingId={meetingId}
        pack={publicAgenda}
        buildPack={buildPack}
        about={`Front sheet, agenda, the previous minutes and every public report, for publication. Exempt papers are never in it: a line says what was withheld.${stillToFollow}`}
      />
      {summary.hasExempt ? (
        <PackRow
          meetingId={meetingId}
          pack={privateAgenda}
          buildPack={buildPack}
          about="For members only: the whole pack with the exempt papers, their pages marked NOT FOR PUBLICATION."
        />
      ) : null}
      {summary.supplementaryPublic > 0 ? (
        <PackRow
          meetingId={meetingId}
          pack={publicSupplement}
          buildPack={buildPack}
          about="The Part A reports that were “To Follow” and arrived after the agenda was published."
        />
      ) : (
        <Text size={200} as="p">
          A supplementary pack is offered here once a report that was “To Follow” arrives after the agenda is
          published.
        </Text>
      )}
      {summary.supplementaryPrivate > 0 ? (
        <PackRow
          meetingId={meetingId}
          pack={privateSupplement}
          buildPack={buildPack}
          about="For members only: the exempt papers that arrived after the agenda was published."
        />
      ) : null}
      <PageCounts summary={summary} />
    </section>
  );
}
