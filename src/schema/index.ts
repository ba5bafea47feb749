/**
 * Boundary schemas: zod schemas with `parseX` / `safeParseX` for every record that crosses the
 * library's boundary, and the one `ValidationError` they throw.
 *
 * @module schema
 */
export { ValidationError } from "./ValidationError.js";
export type { IssueCode, IssuePath, SafeParseResult, ValidationIssue } from "./ValidationError.js";
