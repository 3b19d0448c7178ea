/**
 * The <option>s of a native select whose choices are one of the domain's label tables (committee types, membership
 * roles, action statuses...): the stored value, shown in the clerk's words, in the table's own order.
 *
 * @example <Select>{labelOptions(committeeTypes)}</Select>
 */
export function labelOptions(labels: Readonly<Record<string, string>>) {
  return Object.entries(labels).map(([value, label]) => (
    <option key={value} value={value}>
      {label}
    </option>
  ));
}
