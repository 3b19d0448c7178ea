import { describe, expect, it } from 'vitest';
import {
  actionLogInputFromRecord,
  buildActionLog,
} from '../../renderer/documents/action-log/build-action-log';
import { packDocument } from '../../renderer/documents/common/pack';
import { withExemptActions } from '../unit/documents/action-log/exempt-actions-record';
import { renderDocx } from './support/libreoffice';

/** Issue #26: actions agreed on Part B items never print in a public log, and are marked in a private one. */
describe('action log with actions agreed on a Part B item', () => {
  it('leaves them out of the public log', async () => {
    const log = buildActionLog(actionLogInputFromRecord(withExemptActions()));
    const text = (await renderDocx(await packDocument(log), 'public-log.docx')).flatText;
    expect(text).toContain('Report the six-month review');
    expect(text).not.toContain('Negotiate the tender price');
    expect(text).not.toContain('Check the bid prices');
    expect(text).not.toContain('NOT FOR PUBLICATION');
  });

  it('marks them in the private log, under NOT FOR PUBLICATION on every page', async () => {
    const log = buildActionLog(actionLogInputFromRecord(withExemptActions()), { audience: 'private' });
    const rendered = await renderDocx(await packDocument(log), 'private-log.docx');
    // The mark heads the action's cell; the row's outcome ("Open.") sits beside it on the same printed line.
    expect(rendered.flatText).toMatch(
      /Part B \(exempt\) Open\. Negotiate the tender price with the first-ranked bidder\./,
    );
    expect(rendered.flatText).toMatch(/Part B \(exempt\) Open\. Check the bid prices\./);
    expect(rendered.flatText).toContain('Report the six-month review');
    for (const page of rendered.pages) expect(page).toContain('NOT FOR PUBLICATION');
  });
});
