import {
  Badge,
  Button,
  Field,
  Input,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../../../db/database';
import {
  addToFollow,
  attachDocument,
  documentBytes,
  removeDocument,
  replaceDocument,
} from '../../../db/repositories/documents';
import { documentRoles, type AttachedDocument, type DocumentRole } from '../../../domain/model';
import { bridge } from '../../../platform/bridge';
import { ErrorMessage } from '../../common/error-message';
import { useAction } from '../../common/use-action';
import { formatSize, pickPapers } from './paper-files';
import { ExemptHistory } from './exempt-history';
import { PaperStatusBadge } from './paper-status-badge';
import { PaperStatusDialog } from './paper-status-dialog';
import { labelOptions } from '../../common/label-options';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
});

async function attachPicked(agendaItemId: string, role: DocumentRole): Promise<number> {
  const papers = await pickPapers(true);
  for (const paper of papers) await attachDocument(agendaItemId, paper, role);
  return papers.length;
}

async function replacePicked(documentId: string): Promise<void> {
  const [paper] = await pickPapers(false);
  if (paper) await replaceDocument(documentId, paper);
}

async function openPaper(paper: AttachedDocument): Promise<void> {
  await bridge().openWithSystem({ name: paper.name, bytes: await documentBytes(paper.id) });
}

/** The papers of one item: the report and appendices, stored in Chamber, or promised "To Follow". */
export function ItemPapers({ agendaItemId, name }: { agendaItemId: string; name: string }) {
  const styles = useStyles();
  const papers = useLiveQuery(
    () => db.documents.where('agendaItemId').equals(agendaItemId).sortBy('order'),
    [agendaItemId],
  );
  const [role, setRole] = useState<DocumentRole>('report');
  const [promised, setPromised] = useState('');
  const [attach, attaching] = useAction(attachPicked);
  const [replace, replacing] = useAction(replacePicked);
  const [open, opening] = useAction(openPaper);
  const [remove, removing] = useAction(removeDocument);
  const [promise, promising] = useAction(addToFollow);
  const [statusOf, setStatusOf] = useState<AttachedDocument>();
  const error = attaching.error ?? replacing.error ?? opening.error ?? removing.error ?? promising.error;

  return (
    <section aria-label={`Papers for ${name}`}>
      <h3>Papers</h3>
      <ErrorMessage error={error} title="The papers were not changed" />
      {papers && papers.length > 0 ? (
        <Table aria-label={`Papers for ${name}`} size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Paper</TableHeaderCell>
              <TableHeaderCell>Kind</TableHeaderCell>
              <TableHeaderCell>Status</TableHeaderCell>
              <TableHeaderCell>Size</TableHeaderCell>
              <TableHeaderCell>Pages</TableHeaderCell>
              <TableHeaderCell>Actions</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {papers.map((paper) => (
              <TableRow key={paper.id}>
                <TableCell>
                  {paper.name}{' '}
                  {paper.toFollow ? (
                    <Badge color="warning" appearance="tint">
                      To Follow
                    </Badge>
                  ) : paper.version > 1 ? (
                    <Badge appearance="outline">version {paper.version}</Badge>
                  ) : null}
                  {paper.supplementary ? <Badge appearance="outline">Supplementary</Badge> : null}
                </TableCell>
                <TableCell>{documentRoles[paper.role]}</TableCell>
                <TableCell>
                  <PaperStatusBadge paper={paper} />
                </TableCell>
                <TableCell>{paper.toFollow ? '' : formatSize(paper.sizeBytes)}</TableCell>
                <TableCell>{paper.toFollow ? '' : (paper.pageCount ?? 'not counted')}</TableCell>
                <TableCell>
                  <span className={styles.bar}>
                    {paper.toFollow ? null : (
                      <Button size="small" onClick={() => void open(paper)}>
                        Open {paper.name}
                      </Button>
                    )}
                    <Button size="small" onClick={() => void replace(paper.id)}>
                      {paper.toFollow ? `Attach the file for ${paper.name}` : `Replace ${paper.name}`}
                    </Button>
                    <Button size="small" onClick={() => setStatusOf(paper)}>
                      Status of {paper.name}
                    </Button>
                    <Button size="small" onClick={() => void remove(paper.id)}>
                      Remove {paper.name}
                    </Button>
                  </span>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <p>No papers yet.</p>
      )}
      {statusOf ? <PaperStatusDialog paper={statusOf} onClose={() => setStatusOf(undefined)} /> : null}
      <ExemptHistory agendaItemId={agendaItemId} name={name} />
      <div className={styles.bar}>
        <Field label={`Attach as (${name})`}>
          <Select value={role} onChange={(_, data) => setRole(data.value as DocumentRole)}>
            {labelOptions(documentRoles)}
          </Select>
        </Field>
        <Button onClick={() => void attach(agendaItemId, role)} disabled={attaching.busy}>
          Attach .docx or .pdf to {name}
        </Button>
        <Field label={`Paper to follow (${name})`}>
          <Input value={promised} onChange={(_, data) => setPromised(data.value)} />
        </Field>
        <Button
          onClick={() =>
            void promise(agendaItemId, promised, role).then((added) => {
              if (added) setPromised('');
            })
          }
        >
          Mark “To Follow”
        </Button>
      </div>
    </section>
  );
}
