export { openSearch, closeSearch, snippetOf, type ArchiveSearch } from './search-service';
export {
  searchArchive,
  searchCoverage,
  type SearchFilters,
  type SearchHit,
  type SearchResults,
} from './search-query';
export { searchKinds, type SearchKind } from './search-entries';
export { buildIndex, saveIndex, loadSavedIndex, applyChanges, type ArchiveIndex } from './search-index';
export { highlight, type SnippetPart } from './highlight';
export { docxText } from './docx-text';
