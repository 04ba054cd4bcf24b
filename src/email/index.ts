// The emails SafeIntro sends: MJML and plain-text templates (templates/ at the repository root), compiled once at start-up and filled per email, with every value from users or mail escaped. Other folders import from here, never from the files themselves.
export * from "./renderer.js";
export * from "./template-data.js";
export { validateTemplates, MjmlValidationError, type MjmlProblem, type TemplateValidation } from "./compile-mjml.js";
export { loadTemplateSources, type TemplateSource } from "./template-sources.js";
export { defaultTemplatesDir } from "./templates-dir.js";
export { MAX_SUBJECT_LENGTH } from "./user-text.js";
export { SAMPLE_EMAIL_DATA } from "./sample-data.js";
