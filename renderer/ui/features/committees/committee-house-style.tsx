import { useLiveQuery } from 'dexie-react-hooks';
import { loadOrganisationSettings } from '../../../db/repositories/settings';
import { houseStyleOf, type StoredHouseStyle } from '../../../domain/house-style';
import { HouseStyleFields } from '../settings/house-style-fields';

/**
 * A committee's own house style over the organisation's: a full Council chaired by the Mayor, a Scottish
 * board's Convener, a working group that keeps notes. Only what differs is stored.
 */
export function CommitteeHouseStyle({
  style,
  onChange,
}: {
  style: StoredHouseStyle | undefined;
  onChange: (style: StoredHouseStyle) => void;
}) {
  const organisation = useLiveQuery(loadOrganisationSettings, []);
  if (!organisation) return null;
  return <HouseStyleFields style={style} onChange={onChange} inherited={houseStyleOf(organisation)} />;
}
