// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "coverage/", "src/generated/", "node_modules/", ".tmp/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    // Only src/gmail/ talks to Google's libraries; everything else sees its small interfaces.
    files: ["src/**/*.ts", "workers/**/*.ts"],
    ignores: ["src/gmail/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: ["googleapis", "@googleapis/gmail", "google-auth-library", "gaxios"].map((name) => ({ name, message: "Only src/gmail/ may import Google's libraries." })) },
      ],
    },
  },
  {
    files: ["bin/**/*.js", "scripts/**/*.mjs", "scripts/**/*.js"],
    languageOptions: { globals: { process: "readonly", console: "readonly" } },
  },
);
