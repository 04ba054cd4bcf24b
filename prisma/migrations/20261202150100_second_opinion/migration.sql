-- AlterTable
ALTER TABLE "intro_requests" ADD COLUMN     "second_opinion" TEXT;
