import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One call the fake server received: its headers and parsed JSON body. */
export interface ReceivedCall {
  headers: IncomingMessage["headers"];
  body: {
    model?: string;
    temperature?: number;
    messages?: { role: string; content: string }[];
    response_format?: { type?: string; json_schema?: { name?: string; strict?: boolean; schema?: unknown } };
  };
}

/** How the fake answers a call: a status and a raw body, after an optional delay. */
export type FakeAnswer = (call: ReceivedCall) => { status?: number; body: string; delayMs?: number };

/** A chat completion whose message content is `content` (already a string: JSON or not). */
export const completion = (content: string) =>
  JSON.stringify({
    id: "c1",
    object: "chat.completion",
    choices: [{ index: 0, message: { role: "assistant", content } }],
  });

/**
 * A stand-in for an OpenAI-compatible chat-completions server, on a loopback port: it records
 * each call and answers as told. It is no model: tests that use it check SafeIntro's wiring
 * (what is sent, how answers and failures are taken), never the quality of any judgement.
 */
export async function startFakeLlmServer(answer: FakeAnswer) {
  const calls: ReceivedCall[] = [];
  let current = answer;
  /** Calls received and not yet answered, and the most there have been at once. */
  const load = { inFlight: 0, most: 0 };
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const call: ReceivedCall = {
        headers: request.headers,
        body: JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as ReceivedCall["body"],
      };
      calls.push(call);
      load.inFlight++;
      load.most = Math.max(load.most, load.inFlight);
      const { status = 200, body, delayMs = 0 } = current(call);
      setTimeout(() => {
        load.inFlight--;
        if (response.destroyed) return;
        response.writeHead(status, { "content-type": "application/json" }).end(body);
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    calls,
    load,
    answerWith(next: FakeAnswer) {
      current = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
