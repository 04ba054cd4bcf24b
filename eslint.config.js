// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "coverage/", "src/generated/", "node_modules/", ".tmp/", "scratch/"] },
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
  // Imports inside src/ follow two rules. Across folders, a folder is imported through its
  // index only: each index is the folder's public face. And dependencies point one way: the
  // entry points (cli) at the top, the composition (runtime, server.ts) and the development
  // tools (dev) below them, the web app (http) below those, and the domain at the bottom.
  // Only src/gmail/ talks to Google's libraries; everything else sees its small interfaces.
  ...[
    { files: ["src/cli/**/*.ts"], above: [] },
    { files: ["src/runtime/**/*.ts", "src/server.ts", "src/dev/**/*.ts"], above: ["cli"] },
    { files: ["src/http/**/*.ts"], above: ["cli", "runtime", "dev"] },
    {
      files: ["src/*/**/*.ts", "src/*.ts"],
      ignores: ["src/{cli,runtime,dev,http,gmail}/**", "src/server.ts"],
      above: ["cli", "runtime", "dev", "http"],
    },
    { files: ["src/gmail/**/*.ts"], above: ["cli", "runtime", "dev", "http"], google: true },
  ].map(({ files, ignores, above, google }) => ({
    files,
    ...(ignores ? { ignores } : {}),
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: google
            ? []
            : ["googleapis", "@googleapis/gmail", "google-auth-library", "gaxios"].map((name) => ({
                name,
                message: "Only src/gmail/ may import Google's libraries.",
              })),
          patterns: [
            {
              // Any depth: a subfolder (src/dev/demo-mailbox/) reaches other folders through "../../x/index.js" too.
              regex: "^(?:\\.\\./)+(?!generated/)(?!\\.\\.)[^/]+/(?!index\\.js$)",
              message: "Import another folder of src/ through its index.js.",
            },
            ...(above.length > 0
              ? [
                  {
                    regex: `^(?:\\.{1,2}/)+(?:${above.join("|")})/`,
                    message:
                      "Dependencies point down: the domain never imports the web app, the composition or an entry point.",
                  },
                ]
              : []),
            ...(above.includes("runtime")
              ? [{ regex: "^\\.{1,2}/server\\.js$", message: "server.ts is composition: nothing below it imports it." }]
              : []),
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
