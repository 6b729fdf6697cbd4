export { configSchema } from './schema';
export { CONFIG_FILE, loadConfig, parseConfig } from './load';
export { configRules, type ConfigRule, type ConfigRuleContext } from './rules';
export { optionalSettingKeys, placeholderValues } from './values';
