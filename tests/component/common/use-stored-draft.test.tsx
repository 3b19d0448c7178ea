// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as drafts from '../../../renderer/db/repositories/drafts';
import { keepDraft, readDraft } from '../../../renderer/db/repositories/drafts';
import { useStoredDraft } from '../../../renderer/ui/common/use-stored-draft';
import { freshDatabase } from '../../unit/db/reset';

beforeEach(freshDatabase);
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** A field kept as typed, under one item's key, as the live screen's forms are. */
function Note({ item }: { item: string }) {
  const [text, setText] = useStoredDraft(`test-note/${item}`, '');
  return (
    <input aria-label={`Note on ${item}`} value={text} onChange={(event) => setText(event.target.value)} />
  );
}

/** Hold the read of kept drafts until the test lets it go: a loaded laptop answering late. */
function holdReads() {
  const real = drafts.readDraft;
  let release: () => void = () => undefined;
  const gate = new Promise<void>((done) => (release = done));
  vi.spyOn(drafts, 'readDraft').mockImplementation(async (key) => {
    await gate;
    return real(key);
  });
  return () => act(async () => release());
}

describe('a form kept as it is typed', () => {
  it('adds keys typed before the kept draft came back to it, and stores both', async () => {
    await keepDraft('test-note/item-3', 'The Committee noted');
    const release = holdReads();
    render(<Note item="item-3" />);
    const field = screen.getByRole('textbox', { name: 'Note on item-3' });
    await userEvent.type(field, ' the report');
    await release();
    await waitFor(() => expect(field).toHaveProperty('value', 'The Committee noted the report'));
    await waitFor(async () =>
      expect(await readDraft('test-note/item-3')).toBe('The Committee noted the report'),
    );
  });

  it('empties the field when the item changes and shows that item’s own draft, never the other’s', async () => {
    await keepDraft('test-note/item-4', 'Item four words');
    const { rerender } = render(<Note item="item-3" />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Note on item-3' }), 'Item three words');
    await waitFor(async () => expect(await readDraft('test-note/item-3')).toBe('Item three words'));
    const release = holdReads();
    rerender(<Note item="item-4" />);
    const field = screen.getByRole('textbox', { name: 'Note on item-4' });
    expect(field).toHaveProperty('value', '');
    await release();
    await waitFor(() => expect(field).toHaveProperty('value', 'Item four words'));
    expect(await readDraft('test-note/item-3')).toBe('Item three words');
    expect(await readDraft('test-note/item-4')).toBe('Item four words');
  });
});
