export { builtInStrings, fill, items, LANGUAGES, STRING_KEYS, stringsFor, type StringKey, type Strings } from './strings';
