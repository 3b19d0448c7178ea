// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useRowsInSlices } from '../../../renderer/ui/common/use-rows-in-slices';

afterEach(cleanup);

function Rows({ names }: { names: string[] }) {
  const shown = useRowsInSlices(names.length, 10);
  return (
    <ul>
      {names.slice(0, shown).map((name) => (
        <li key={name}>{name}</li>
      ))}
    </ul>
  );
}

const papers = (count: number) => Array.from({ length: count }, (_, n) => `Report ${n + 1}`);

describe('useRowsInSlices', () => {
  it('draws the first slice at once and the rest in slices after it, until every row is drawn', async () => {
    const { rerender } = render(<Rows names={papers(25)} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(10);
    expect(await screen.findByText('Report 25')).toBeTruthy();
    expect(screen.getAllByRole('listitem')).toHaveLength(25);
    // A list that grows is drawn on; one that shrinks shows what is left.
    rerender(<Rows names={papers(40)} />);
    expect(await screen.findByText('Report 40')).toBeTruthy();
    rerender(<Rows names={papers(3)} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
  });
});
