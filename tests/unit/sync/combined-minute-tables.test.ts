import { describe, expect, it } from 'vitest';
import type { RichText } from '../../../renderer/domain/model';
import { combinedRichText } from '../../../renderer/sync/merge/combined-rich-text';
import { mergeRecord } from '../../../renderer/sync/merge/merge-record';
import type { RecordState } from '../../../renderer/sync/merge/types';
import { combinedValue, startingCombination } from '../../../renderer/ui/features/sync/conflict-text';
import { bodyRow, declarationsMinute, headerRow, paragraph, table } from '../documents/support/minute-tables';

/** The other laptop's version of the declarations minute: one more paragraph after the table. */
function theirs(): RichText {
  const minute = declarationsMinute();
  return { ...minute, content: [...minute.content, paragraph('The Chair thanked members.')] };
}

const types = (doc: RichText) => doc.content.map((node) => node.type);

describe('a minute combined from two conflicting versions', () => {
  it('keeps a table the clerk left whole as the same table, header row and all, not lines of bars', () => {
    const mine = declarationsMinute();
    const start = startingCombination(mine, theirs());
    expect(start).toContain('Name | Minute | Reason | Interest');
    // The clerk keeps their own version's words and adds the other laptop's last line.
    const combined = combinedValue(
      'text',
      mine,
      theirs(),
      `${start.split('\n').slice(0, 5).join('\n')}\nThe Chair thanked members.`,
    ) as RichText;
    expect(types(combined)).toEqual(['paragraph', 'table', 'paragraph', 'paragraph']);
    expect(combined.content[1]).toEqual(mine.content[1]);
    expect(combined.content[3]).toEqual(paragraph('The Chair thanked members.'));
  });

  it('makes a table the clerk changed a table again, with its header row where the version had one', () => {
    const mine = declarationsMinute();
    const combined = combinedRichText(
      [
        'The following interests were declared:',
        'Name | Minute | Reason | Interest',
        'Councillor Susan Hall | 105 | Director of Harrow Leisure Centres Ltd | Pecuniary',
        'Steve Porter | 107 | Trustee of a local charity | Non-registrable',
        'Rob Larkman | 108 | Member of the allotment society | Other',
      ].join('\n'),
      [mine, theirs()],
    );
    expect(combined.content[1]).toEqual(
      table(
        headerRow('Name', 'Minute', 'Reason', 'Interest'),
        bodyRow('Councillor Susan Hall', '105', 'Director of Harrow Leisure Centres Ltd', 'Pecuniary'),
        bodyRow('Steve Porter', '107', 'Trustee of a local charity', 'Non-registrable'),
        bodyRow('Rob Larkman', '108', 'Member of the allotment society', 'Other'),
      ),
    );
  });

  it('keeps a line of the clerk’s own with a bar in it as words, and lists and marks left whole as they were', () => {
    const bold: RichText = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Agreed', marks: [{ type: 'bold' }] }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('first')] }] },
      ],
    };
    const combined = combinedRichText('Agreed\nfirst\nYes | No', [bold]);
    expect(combined.content).toEqual([...bold.content, paragraph('Yes | No')]);
  });
});

describe('merging a minute with a table edited on two laptops', () => {
  const stamp = (millis: number, device: string) => `${String(millis).padStart(15, '0')}-00000-${device}`;
  const state = (text: RichText, at: string): RecordState => ({
    table: 'minutes',
    id: 'm1',
    values: { id: 'm1', text },
    stamps: { text: at },
  });

  it('keeps the later version’s table in the minute and the other’s table whole in the conflict', () => {
    const mine = declarationsMinute();
    const { merged, conflicts } = mergeRecord(state(mine, stamp(5, 'a')), state(theirs(), stamp(6, 'b')), {
      local: {},
      remote: {},
    });
    expect(merged.values?.text).toEqual(theirs());
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]?.localValue).toEqual(mine);
    expect((conflicts[0]?.localValue as RichText).content[1]?.type).toBe('table');
  });
});
