/** Importing people from a CSV file: read, map columns, check each row, find duplicates. Pure: nothing is stored. */
export * from './read-csv';
export * from './column-mapping';
export * from './person-row';
export * from './duplicates';
export * from './preview';
