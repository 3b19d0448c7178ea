// Unit and component tests run against fake-indexeddb: the same Dexie code, an in-memory store.
import 'fake-indexeddb/auto';
