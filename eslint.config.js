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
  // Across folders of src/, import from the folder's index only: each folder's index is its
  // public face, and what is not exported there stays the folder's own business.
  ...[
    { files: ["src/**/*.ts"], ignores: ["src/gmail/**"], googleLibraries: false },
    { files: ["src/gmail/**/*.ts"], googleLibraries: true },
  ].map(({ files, ignores, googleLibraries }) => ({
    files,
    ...(ignores ? { ignores } : {}),
    rules: {
      "no-restricted-imports": [
        "error",
        {
          // Only src/gmail/ talks to Google's libraries; everything else sees its small interfaces.
          paths: googleLibraries
            ? []
            : ["googleapis", "@googleapis/gmail", "google-auth-library", "gaxios"].map((name) => ({
                name,
                message: "Only src/gmail/ may import Google's libraries.",
              })),
          patterns: [
            {
              regex: "^\\.\\./(?!generated/)[^/]+/(?!index\\.js$)",
              message: "Import another folder of src/ through its index.js.",
            },
          ],
        },
      ],
    },
  })),
  // The Gmail emulator imports nothing from the product, so that it can disagree with the
  // product's Gmail client: no relative path may climb out of its package (one rule per
  // folder depth, since how many "../" leave the package depends on where the file sits),
  // and the product's package name is off limits too.
  ...[0, 1, 2, 3, 4, 5].map((depth) => ({
    files: [`packages/gmail-emulator/${"*/".repeat(depth)}*.ts`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "safeintro", message: "The Gmail emulator imports nothing from the product." }],
          patterns: [
            { group: ["safeintro/*"], message: "The Gmail emulator imports nothing from the product." },
            {
              regex: `^(\\.\\./){${depth + 1},}`,
              message: "The Gmail emulator imports nothing outside packages/gmail-emulator/.",
            },
          ],
        },
      ],
    },
  })),
  {
    files: ["bin/**/*.js", "scripts/**/*.mjs", "scripts/**/*.js"],
    languageOptions: { globals: { process: "readonly", console: "readonly" } },
  },
);
