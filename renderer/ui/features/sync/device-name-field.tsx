import { Field, Input } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { deviceName, setDeviceName } from '../../../sync';
import { useAutosave } from '../../common/use-autosave';

/** The name other laptops see in previews and conflicts ("Committee clerk's laptop"), saved as typed. */
export function DeviceNameField() {
  // Read once, not live: the first read may create this laptop's device id, which a live query cannot write.
  const [stored, setStored] = useState<string | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void deviceName().then((name) => current && setStored(name));
    return () => {
      current = false;
    };
  }, []);
  return stored === undefined ? null : <NameInput initial={stored} />;
}

function NameInput({ initial }: { initial: string }) {
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
      <Input value={name} onChange={(_, data) => setName(data.value)} />
    </Field>
  );
}
