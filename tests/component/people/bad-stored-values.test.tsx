// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { registerInterest } from '../../../renderer/db/repositories/interests';
import { createPerson } from '../../../renderer/db/repositories/people';
import type { RegisteredInterest } from '../../../renderer/domain/model';
import { PersonPage } from '../../../renderer/ui/features/people/person-page';
import { freshDatabase } from '../../unit/db/reset';
import { showScreen } from './picked-files';

beforeEach(freshDatabase);
afterEach(cleanup);

describe("a person's page given an interest Chamber cannot read", () => {
  it('shows the person and the register, the bad date and category marked', async () => {
    const person = await createPerson({ name: 'Ada Brown' });
    const interest = await registerInterest(person.id, {
      category: 'employment',
      description: 'Director, Brown Builders Ltd',
      from: '2024-05-01',
    });
    // Values an old import could leave, written straight into the database past the repository's checks.
    await db.interests.update(interest.id, {
      from: '2024-13-45',
      category: 'hobby',
    } as unknown as Partial<RegisteredInterest>);
    showScreen('people/:personId', `/people/${person.id}`, <PersonPage />);
    expect(await screen.findByRole('heading', { level: 1, name: /Ada Brown/ })).toBeTruthy();
    const row = (await screen.findByText('Director, Brown Builders Ltd')).closest('tr') as HTMLElement;
    expect(within(row).getByText('From not valid: “2024-13-45”')).toBeTruthy();
    expect(within(row).getByText('Category not valid: “hobby”')).toBeTruthy();
    expect(within(row).getByText('current')).toBeTruthy();
  });
});
