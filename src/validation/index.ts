export { validateWorkbook, hasErrors, countBySeverity, type ValidateOptions } from "./validate";
export { RULES, ruleById } from "./rules";
export type { Rule } from "./rule";
export type { Finding, Severity, RuleId, ValidationMode } from "./types";
export { VALIDATION_MODES } from "./types";
export { formatTable, formatJson, formatSummary, toJsonReport, type JsonReport } from "./format";
export { classifyLevel, classifyTaskType, classifyFlag } from "./classify";
