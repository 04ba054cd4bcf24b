# syntax=docker/dockerfile:1
# SafeIntro's image: the compiled product (dist/) on production node_modules, run with
# plain node as a non-root user. One image, three processes:
#   web        node dist/src/cli/run.js serve --no-workers   (npm start; the default target)
#   worker     node dist/src/cli/run.js worker                (npm run worker; --target worker)
#   migrations npm run db:migrate                             (either target)
# docker-compose.yml runs all three with PostgreSQL and Redis; README, "Deploying with your
# own Google account".

# Debian 12, as CI: the libc the tests run on is the one production runs on. Prisma's JS
# engine would allow Alpine, but nothing of SafeIntro needs the ~50 MB it would save, and
# musl is a second platform to trust untested.
ARG NODE_IMAGE=node:24-bookworm-slim

# npm that enforces package.json's allowScripts (which dependencies may run install
# scripts: esbuild yes, Prisma's engine downloads no). npm reads the field from 11.16 on;
# the base image's own npm may be older and would run every script.
FROM ${NODE_IMAGE} AS npm
ARG NPM_VERSION=11.19.1
RUN npm install --global --no-audit --no-fund npm@${NPM_VERSION}
WORKDIR /app

# Every dependency, installed as CI installs them. npm ci's postinstall runs prisma generate
# (scripts/prisma-generate.mjs) on the schema, with prisma.config.ts: without the config's JS
# engine the CLI would download a native one. The client is TypeScript in src/generated,
# compiled with the rest by the build.
FROM npm AS deps
COPY package.json package-lock.json prisma.config.ts ./
COPY packages/gmail-emulator/package.json packages/gmail-emulator/
COPY scripts/prisma-generate.mjs scripts/
COPY prisma/schema.prisma prisma/
RUN npm ci --no-audit --no-fund

# The build: tsc with tsconfig.build.json into dist/ (no tests, scripts or benchmarks; the
# demo, the emulator and src/dev stay out). .dockerignore keeps the host's node_modules,
# dist and generated client out of this copy.
FROM deps AS build
COPY . .
RUN npm run build

# Production dependencies only, in a stage of their own so that no development package is
# ever in the final image. The Prisma CLI is one of them: migrations run from this image.
# The Gmail emulator (a workspace package, development only) is left out with the workspaces.
FROM npm AS production-deps
COPY package.json package-lock.json prisma.config.ts ./
COPY scripts/prisma-generate.mjs scripts/
COPY prisma/schema.prisma prisma/
RUN npm ci --omit=dev --workspaces=false --no-audit --no-fund

# What runs: dist/, production node_modules, what `npm run db:migrate` reads (package.json,
# prisma.config.ts, the schema and the migrations), and the email templates, which the
# product compiles at start-up from templates/ beside dist/ (src/email/templates-dir.ts).
# Owned by root, run as node: the process cannot change its own code.
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    NPM_CONFIG_UPDATE_NOTIFIER=false \
    CHECKPOINT_DISABLE=1
WORKDIR /app
COPY --from=production-deps /app/node_modules node_modules
COPY --from=build /app/dist dist
COPY package.json prisma.config.ts ./
COPY prisma prisma
COPY templates templates
USER node

# The workers: no HTTP endpoint, so no health check (a failing one would mark them
# unhealthy for ever).
FROM runtime AS worker
HEALTHCHECK NONE
CMD ["node", "--enable-source-maps", "dist/src/cli/run.js", "worker"]

# The web app, the default target. PORT is where it listens (3000 unless set).
FROM runtime AS web
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((response) => process.exit(response.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--enable-source-maps", "dist/src/cli/run.js", "serve", "--no-workers"]
