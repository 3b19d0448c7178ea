import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import { Document, Header, Packer, Paragraph } from 'docx';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { addAgendaItem } from '../../../renderer/db/repositories/agenda';
import { createCommittee } from '../../../renderer/db/repositories/committees';
import { attachDocument, prepareDocument } from '../../../renderer/db/repositories/documents';
import { createMeeting } from '../../../renderer/db/repositories/meetings';

export { fakeBridge } from '../support/fake-bridge';

/** A small Word document with these paragraphs (and a header line), as an officer or a designer would send. */
export async function wordFile(paragraphs: string[], header?: string): Promise<Uint8Array> {
  const document = new Document({
    sections: [
      {
        headers: header ? { default: new Header({ children: [new Paragraph(header)] }) } : undefined,
        children: paragraphs.map((text) => new Paragraph(text)),
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

/** A meeting with one Part A report attached; optionally a Part B item with its own exempt report. */
export async function keyedMeeting(withPartB: boolean): Promise<{ meetingId: string; committeeId: string }> {
  const committee = await createCommittee({ name: 'Licensing Committee', type: 'committee' }, [
    { role: 'chair', person: { title: 'Councillor', name: 'Ada Brown' } },
  ]);
  const meeting = await createMeeting(committee.id, {
    date: '2026-02-11',
    startTime: '18:30',
    venue: 'Room 2',
  });
  const report = await addAgendaItem(meeting.id, { title: 'Street Trading Policy' });
  const bytes = await wordFile(['The street trading policy is reviewed every three years.']);
  await attachDocument(report.id, await prepareDocument({ name: 'street-trading.docx', bytes }));
  if (withPartB) {
    const exempt = await addAgendaItem(meeting.id, {
      title: 'Licence Review: Named Premises',
      part: 'B',
      exemptParagraph: 3,
      publicInterestReason: 'Commercially sensitive.',
    });
    const secret = await wordFile(['The premises owes the council a confidential sum.']);
    await attachDocument(exempt.id, await prepareDocument({ name: 'premises.docx', bytes: secret }));
  }
  return { meetingId: meeting.id, committeeId: committee.id };
}

export function show(screen: ReactNode) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <MemoryRouter>{screen}</MemoryRouter>
    </FluentProvider>,
  );
}
