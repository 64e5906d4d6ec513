// Every test file gets IndexedDB from fake-indexeddb; each test opens its own uniquely named database.
import 'fake-indexeddb/auto';
