-- AlterTable
ALTER TABLE "connectors" ADD COLUMN     "llm_judge" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "llm_judge_set_at" TIMESTAMPTZ;
