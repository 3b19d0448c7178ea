// @vitest-environment happy-dom
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Person } from '../../../renderer/domain/model';
import { PersonPicker } from '../../../renderer/ui/common/person-picker';

afterEach(cleanup);

const person = (id: string, name: string, group = ''): Person => ({
  id,
  title: '',
  name,
  group,
  position: '',
  email: '',
  phone: '',
  status: 'active',
});
const people = [
  person('peter', 'Peter Smith', 'Labour'),
  person('ada', 'Ada Brown', 'Conservative'),
  person('john', 'John Smith', 'Labour'),
];

/** The picker as a form holds it: the chosen id, and a name taken as someone new. */
function Harness({ onNew }: { onNew: (name: string) => void }) {
  const [personId, setPersonId] = useState('');
  return (
    <FluentProvider theme={webLightTheme}>
      <PersonPicker
        label="Owner"
        people={people}
        personId={personId}
        onChange={setPersonId}
        newPerson={{ warnOfDuplicates: true, onChoose: onNew }}
      />
      <output aria-label="Chosen">{personId}</output>
    </FluentProvider>
  );
}

const chosen = () => screen.getByRole('status', { name: 'Chosen' }).textContent;

describe('the person picker', () => {
  it('lists people by surname, narrows them as the clerk types, and picks one from the keyboard', async () => {
    const user = userEvent.setup();
    render(<Harness onNew={vi.fn()} />);
    const box = screen.getByRole('combobox', { name: 'Owner' });
    await user.click(box);
    expect((await screen.findAllByRole('option')).map((option) => option.textContent)).toEqual([
      'Ada Brown (Conservative)',
      'John Smith (Labour)',
      'Peter Smith (Labour)',
    ]);
    await user.type(box, 'smi');
    await waitFor(() =>
      expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
        'John Smith (Labour)',
        'Peter Smith (Labour)',
        'Add a new person: “smi”',
      ]),
    );
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    await waitFor(() => expect(chosen()).toBe('peter'));
    expect((box as HTMLInputElement).value).toBe('Peter Smith');
  });

  it('warns before taking “J. Smith” as someone new, and uses John Smith when the clerk says so', async () => {
    const user = userEvent.setup();
    const onNew = vi.fn();
    render(<Harness onNew={onNew} />);
    const box = screen.getByRole('combobox', { name: 'Owner' });
    await user.type(box, 'J. Smith');
    await user.click(await screen.findByRole('option', { name: 'Add a new person: “J. Smith”' }));
    const warning = await screen.findByRole('alert', { name: /J\. Smith.? may already be on record/ });
    expect(warning.textContent).toContain('John Smith (Labour): same surname and initials');
    expect(onNew).not.toHaveBeenCalled();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Use John Smith'));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(chosen()).toBe('john'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('takes a new name at once when nobody on record is like it, or when the clerk adds it anyway', async () => {
    const user = userEvent.setup();
    const onNew = vi.fn();
    render(<Harness onNew={onNew} />);
    const box = screen.getByRole('combobox', { name: 'Owner' });
    await user.type(box, 'Grace Okafor');
    await user.click(await screen.findByRole('option', { name: 'Add a new person: “Grace Okafor”' }));
    expect(onNew).toHaveBeenLastCalledWith('Grace Okafor');

    await user.clear(box);
    await user.type(box, 'P Smith');
    await user.click(await screen.findByRole('option', { name: 'Add a new person: “P Smith”' }));
    await user.click(await screen.findByRole('button', { name: 'Add “P Smith” as a new person' }));
    expect(onNew).toHaveBeenLastCalledWith('P Smith');
  });
});
