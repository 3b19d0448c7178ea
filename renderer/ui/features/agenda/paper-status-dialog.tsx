import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Field,
} from '@fluentui/react-components';
import { useState } from 'react';
import {
  paperStatusProblems,
  setPaperStatus,
  type PaperStatusChoice,
} from '../../../db/repositories/documents';
import type { AttachedDocument, ExemptParagraph } from '../../../domain/model';
import { ErrorMessage } from '../../common/error-message';
import { useAction } from '../../common/use-action';
import { ExemptFields } from './exempt-fields';
import { usePublicDocumentsWarning } from './use-public-documents-warning';

async function saveStatus(id: string, choice: PaperStatusChoice): Promise<true> {
  await setPaperStatus(id, choice);
  return true;
}

/**
 * Make one paper public or exempt: a deliberate act, asked in a dialog that says which public documents would
 * change, and kept in the item's history. An exempt paper needs its Schedule 12A paragraph and the public
 * interest reason, as a Part B item does.
 */
export function PaperStatusDialog({ paper, onClose }: { paper: AttachedDocument; onClose: () => void }) {
  const [exempt, setExempt] = useState(Boolean(paper.exempt));
  const [paragraph, setParagraph] = useState<ExemptParagraph | undefined>(paper.exemptParagraph);
  const [reason, setReason] = useState(paper.publicInterestReason ?? '');
  const [problems, setProblems] = useState<ReturnType<typeof paperStatusProblems>>({});
  const [save, saving] = useAction(saveStatus);
  const warning = usePublicDocumentsWarning(paper.meetingId, paper.agendaItemId, paper.id);
  const choice: PaperStatusChoice = exempt
    ? { exempt: true, exemptParagraph: paragraph, publicInterestReason: reason }
    : { exempt: false };
  const confirm = async () => {
    const found = paperStatusProblems(choice);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    if (await save(paper.id, choice)) onClose();
  };
  const describedBy = `paper-status-${paper.id}`;
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface aria-describedby={describedBy}>
        <DialogBody>
          <DialogTitle>Status of “{paper.name}”</DialogTitle>
          <DialogContent>
            <ErrorMessage error={saving.error} title="The status was not changed" />
            <Field label="Who may see this paper">
              <RadioGroup
                value={exempt ? 'exempt' : 'public'}
                onChange={(_, data) => setExempt(data.value === 'exempt')}
              >
                <Radio value="public" label="Public: in the public pack and on the website" />
                <Radio value="exempt" label="Exempt: members only, in the private pack (Schedule 12A)" />
              </RadioGroup>
            </Field>
            {exempt ? (
              <ExemptFields
                paragraph={paragraph}
                reason={reason}
                problems={problems}
                onChange={(changes) => {
                  setProblems({});
                  if ('exemptParagraph' in changes) setParagraph(changes.exemptParagraph);
                  if (changes.publicInterestReason !== undefined) setReason(changes.publicInterestReason);
                }}
              />
            ) : null}
            <MessageBar intent="warning" layout="multiline" id={describedBy}>
              <MessageBarBody>{warning ?? 'Working out which public documents this changes…'}</MessageBarBody>
            </MessageBar>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={saving.busy} onClick={() => void confirm()}>
              {exempt ? 'Make it exempt' : 'Make it public'}
            </Button>
            <Button onClick={onClose}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
