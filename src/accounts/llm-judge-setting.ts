import type { PrismaClient } from "../db/index.js";

/**
 * The connector's choice to let the LLM judge read their request-like mail (README, "An
 * optional LLM judge"), with when they made it. Returns false when the connector is gone.
 */
export async function setLlmJudge(prisma: PrismaClient, connectorId: string, on: boolean): Promise<boolean> {
  const { count } = await prisma.connector.updateMany({
    where: { id: connectorId },
    data: { llmJudge: on, llmJudgeSetAt: new Date() },
  });
  return count > 0;
}
