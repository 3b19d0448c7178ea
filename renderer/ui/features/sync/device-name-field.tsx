import { Field, Input } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { chosenDeviceName, deviceName, setDeviceName } from '../../../sync';
import { useAutosave } from '../../common/use-autosave';

/** The name other laptops see in previews and conflicts ("Committee clerk's laptop"), saved as typed. */
export function DeviceNameField() {
  // Read once, not live: the first read may create this laptop's device id, which a live query cannot write.
  const [stored, setStored] = useState<{ chosen: string; shown: string } | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void Promise.all([chosenDeviceName(), deviceName()]).then(
      ([chosen, shown]) => current && setStored({ chosen, shown }),
    );
    return () => {
      current = false;
    };
  }, []);
  return stored === undefined ? null : <NameInput initial={stored.chosen} unnamed={stored.shown} />;
}

/** The box holds only a name the clerk gave; while there is none it says what other laptops see instead. */
function NameInput({ initial, unnamed }: { initial: string; unnamed: string }) {
  const [name, setName] = useState(initial);
  const save = useCallback(async (value: string) => {
    if (value.trim()) await setDeviceName(value);
  }, []);
  useAutosave(name, save);
  return (
    <Field
      label="This laptop's name"
      style={{ maxWidth: '30rem' }}
      hint="Shown to other laptops when they import your files."
    >
      <Input
        value={name}
        placeholder={`Not named yet: other laptops see ${unnamed}`}
        onChange={(_, data) => setName(data.value)}
      />
    </Field>
  );
}
